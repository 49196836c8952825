<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminPane</name>
    <message>
        <source>Catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Terminal settings</source>
        <translation>终端设置</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>运行状况</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>绩效指标</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>ApplicationDesk</name>
    <message>
        <source>free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1 yuan in all</source>
        <translation>共 %1 元</translation>
    </message>
    <message>
        <source>At most %1 services can be applied for at once.</source>
        <translation>一次最多可申办 %1 个事项。</translation>
    </message>
    <message>
        <source>This service is no longer in the catalog. Please search for it again.</source>
        <translation>该事项已不在目录中，请重新查找。</translation>
    </message>
    <message>
        <source>The catalog was updated meanwhile. Please start the application again.</source>
        <translation>事项目录刚刚更新，请重新开始申办。</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>请先核验身份。</translation>
    </message>
    <message>
        <source>pre-fill the form</source>
        <translation>预填表单</translation>
    </message>
    <message>
        <source>replace the paper material &quot;%1&quot;</source>
        <translation>代替纸质材料“%1”</translation>
    </message>
    <message>
        <source>Some answers of the form still need attention.</source>
        <translation>表单中还有内容需要修改。</translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation>由服务窗口确认</translation>
    </message>
    <message>
        <source>This terminal has no receipt printer. Please write down the receipt number; the service window can print the receipt for you.</source>
        <translation>本终端没有回执打印机。请记下回执编号，服务窗口可为您打印回执。</translation>
    </message>
    <message>
        <source>%1 Your application is stored; the receipt can be printed again later at any terminal with the receipt number.</source>
        <translation>%1 您的申请已保存，之后可凭回执编号在任一终端重新打印回执。</translation>
    </message>
    <message>
        <source>fill in the form of %1</source>
        <translation>填写%1的表单</translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Your receipt is being printed. Please take it from the printer below the screen.</source>
        <translation>正在打印回执，请从屏幕下方的打印机取走。</translation>
    </message>
    <message>
        <source>There is no receipt printer here, so the receipt was saved for the service window (%1). Please note your receipt number.</source>
        <translation>本终端没有回执打印机，回执已保存供服务窗口打印（%1）。请记下您的回执编号。</translation>
    </message>
    <message>
        <source>fill in &quot;%1&quot; for %2</source>
        <translation>为%2填写“%1”</translation>
    </message>
    <message>
        <source>replace &quot;%1&quot; for %2</source>
        <translation>为%2代替“%1”</translation>
    </message>
    <message>
        <source>With a typed ID number the form is filled in by hand and the materials are handed in on paper; identity is checked at the service window. With your ID card on the reader, your e-certificates fill it in.</source>
        <translation>使用手动输入的身份证号码办理时，表单需手工填写，材料以纸质提交，身份将在服务窗口核验。将身份证放在读卡器上，可由电子证照自动填写。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) with one form; done within %1; %2; %3 material(s) to provide.</source>
        <translation>
            <numerusform>一表办理 %n 个事项；办结时限：%1；%2；需提供 %3 份材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>The online service hall cannot be reached right now, so e-certificates cannot be used: the form takes what the ID card on the reader holds, the rest is filled in by hand, and materials are handed in on paper at the window. Your application is taken at this terminal and sent as soon as the hall is back.</source>
        <translation>暂时无法连接网上办事大厅，电子证照暂不能使用：表单将使用读卡器上身份证的信息，其余内容请手动填写，材料请到服务窗口提交纸质件。您的申请已在本机受理，网上办事大厅恢复连接后立即报送。</translation>
    </message>
    <message>
        <source>Your e-certificates could not be fetched (%1). What they would fill in is typed by hand, and the materials they would replace are handed in on paper.</source>
        <translation>无法获取您的电子证照（%1）。原本由证照填写的内容请手动填写，原本由证照代替的材料请提交纸质件。</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message numerus="yes">
        <source>%n answer(s) are filled in from your ID card.</source>
        <translation>
            <numerusform>已根据您的身份证自动填写 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are already filled in from your documents.</source>
        <translation>
            <numerusform>已根据您的证照自动填写 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>from your e-certificate %1</source>
        <translation>来自您的电子证照“%1”</translation>
    </message>
</context>
<context>
    <name>ApplicationFormPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>One form for everything</source>
        <translation>一张表单，全部办理</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) still need attention (marked in red).</source>
        <translation>
            <numerusform>还有 %n 项需要修改（红色标出）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: materials</source>
        <translation>下一步：材料</translation>
    </message>
</context>
<context>
    <name>ApplicationStartPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Your application</source>
        <translation>您的申请</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Often applied for together — add with the same form:</source>
        <translation>常一并办理的事项——可用同一张表加办：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>加办</translation>
    </message>
    <message>
        <source>You apply for %1.</source>
        <translation>您为 %1 办理。</translation>
    </message>
    <message>
        <source>You apply for yourself.</source>
        <translation>您为本人办理。</translation>
    </message>
    <message>
        <source>Apply for myself instead</source>
        <translation>改为本人办理</translation>
    </message>
    <message>
        <source>I apply for someone else</source>
        <translation>我为他人代办</translation>
    </message>
    <message>
        <source>Fill in the form</source>
        <translation>填写表单</translation>
    </message>
    <message>
        <source>Your e-certificates can save you typing and paper:</source>
        <translation>使用电子证照，可免填写、免交纸质材料：</translation>
    </message>
    <message>
        <source>• %1: to %2</source>
        <translation>• %1：用于%2</translation>
    </message>
    <message>
        <source>I agree that my e-certificates listed above are fetched from the online service hall and used for this application only.</source>
        <translation>我同意从网上办事大厅获取上述电子证照，并仅用于本次申请。</translation>
    </message>
    <message>
        <source>Fetching your e-certificates…</source>
        <translation>正在获取您的电子证照……</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The audit log cannot be read, so the action was refused: %1</source>
        <translation>审计日志无法读取，操作已被拒绝：%1</translation>
    </message>
    <message>
        <source>The audit log cannot be written, so the action was refused. Check the disk and the database (onewindowctl db info). Details: %1</source>
        <translation>审计日志无法写入，操作已被拒绝。请检查磁盘和数据库（onewindowctl db info）。详情：%1</translation>
    </message>
    <message>
        <source>entry %1 was removed (the next entry is %2)</source>
        <translation>第 %1 条记录已被删除（下一条是第 %2 条）</translation>
    </message>
    <message>
        <source>entry %1 was changed</source>
        <translation>第 %1 条记录已被修改</translation>
    </message>
    <message>
        <source>entry %1 does not follow entry %2: entries were removed or re-ordered</source>
        <translation>第 %1 条记录未紧接第 %2 条：有记录被删除或顺序被调换</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Verify again</source>
        <translation>重新校验</translation>
    </message>
    <message>
        <source>The newest %1 entries</source>
        <translation>最近 %1 条记录</translation>
    </message>
</context>
<context>
    <name>AuditTrailModel</name>
    <message numerus="yes">
        <source>The audit log verifies: all %n entries are unchanged and none is missing.</source>
        <translation>
            <numerusform>审计日志校验通过：全部 %n 条记录未被修改，也没有缺失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log does NOT verify from entry %1 on: %2. Report this to the security officer; do not change anything until it is looked at.</source>
        <translation>审计日志从第 %1 条起校验不通过：%2。请报告安全管理员；核查之前不要做任何更改。</translation>
    </message>
</context>
<context>
    <name>AuditWording</name>
    <message>
        <source>account added as %1</source>
        <translation>新增账号，角色为%1</translation>
    </message>
    <message>
        <source>account added as %1 of %2</source>
        <translation>新增账号，角色为%2的%1</translation>
    </message>
    <message>
        <source>role changed to %1</source>
        <translation>角色改为%1</translation>
    </message>
    <message>
        <source>role changed to %1 of %2</source>
        <translation>角色改为%2的%1</translation>
    </message>
    <message>
        <source>password set</source>
        <translation>已设置密码</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>账号已锁定</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>账号已解锁</translation>
    </message>
    <message>
        <source>account deactivated</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>account reactivated</source>
        <translation>账号已重新启用</translation>
    </message>
    <message>
        <source>real name recorded</source>
        <translation>已记录姓名</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>身份：%1</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>用户名不存在</translation>
    </message>
    <message>
        <source>account locked out after wrong passwords</source>
        <translation>多次密码错误，账号暂时锁定</translation>
    </message>
    <message>
        <source>signed out by the user</source>
        <translation>用户主动退出</translation>
    </message>
    <message>
        <source>signed out after a time without use</source>
        <translation>长时间未操作，自动退出</translation>
    </message>
    <message>
        <source>the terminal program was closed</source>
        <translation>终端程序已关闭</translation>
    </message>
    <message>
        <source>not allowed in this workspace (%1)</source>
        <translation>无权使用此工作区（%1）</translation>
    </message>
    <message>
        <source>catalog publisher key removed</source>
        <translation>已移除事项目录发布方密钥</translation>
    </message>
    <message>
        <source>certificate issuer key removed</source>
        <translation>已移除证照签发机构密钥</translation>
    </message>
    <message>
        <source>catalog publisher key added, fingerprint %1</source>
        <translation>已添加事项目录发布方密钥，指纹 %1</translation>
    </message>
    <message>
        <source>certificate issuer key added, fingerprint %1</source>
        <translation>已添加证照签发机构密钥，指纹 %1</translation>
    </message>
    <message>
        <source>certificate revoked (number %1)</source>
        <translation>已吊销证照（编号 %1）</translation>
    </message>
    <message>
        <source>revocation lifted (certificate number %1)</source>
        <translation>已撤销吊销（证照编号 %1）</translation>
    </message>
    <message>
        <source>stored as version %1, %2 items: %3 added, %4 removed, %5 changed</source>
        <translation>保存为第 %1 版，共 %2 个事项：新增 %3 个，删除 %4 个，变更 %5 个</translation>
    </message>
    <message>
        <source>; older than the active catalog %1, applied on purpose</source>
        <translation>；早于当前目录 %1，经确认后应用</translation>
    </message>
    <message>
        <source>rolled back to stored version %1</source>
        <translation>已回退到第 %1 版</translation>
    </message>
    <message>
        <source>refused: older than the active catalog %1</source>
        <translation>已拒绝：早于当前目录 %1</translation>
    </message>
    <message>
        <source>refused: the signature does not verify with a trusted publisher key (%1)</source>
        <translation>已拒绝：签名无法用受信任的发布方密钥验证（%1）</translation>
    </message>
    <message>
        <source>refused: the catalog breaks a rule (%1)</source>
        <translation>已拒绝：事项目录不符合规则（%1）</translation>
    </message>
    <message>
        <source>terminal certificate renewal requested</source>
        <translation>已申请更新终端证书</translation>
    </message>
    <message>
        <source>terminal certificate requested</source>
        <translation>已申请终端证书</translation>
    </message>
    <message>
        <source>terminal certificate installed</source>
        <translation>已安装终端证书</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>KPI figures from %1 to %2 saved in %3</source>
        <translation>%1 至 %2 的绩效指标已保存到 %3</translation>
    </message>
    <message>
        <source>supervision figures from %1 to %2 saved in %3</source>
        <translation>%1 至 %2 的效能监督数据已保存到 %3</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>staff account changed</source>
        <translation>工作人员账号变更</translation>
    </message>
    <message>
        <source>case decision</source>
        <translation>办件决定</translation>
    </message>
    <message>
        <source>catalog loaded</source>
        <translation>加载事项目录</translation>
    </message>
    <message>
        <source>catalog refused</source>
        <translation>拒绝事项目录</translation>
    </message>
    <message>
        <source>trust changed</source>
        <translation>信任变更</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>设置变更</translation>
    </message>
    <message>
        <source>figures exported</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>town hall name</source>
        <translation>政务服务中心名称</translation>
    </message>
    <message>
        <source>hall address</source>
        <translation>大厅地址</translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation>大厅 CA 证书</translation>
    </message>
    <message>
        <source>catalog levels</source>
        <translation>事项层级</translation>
    </message>
    <message>
        <source>catalog regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>kiosk timeout</source>
        <translation>自助终端超时</translation>
    </message>
    <message>
        <source>elderly mode by default</source>
        <translation>默认长辈模式</translation>
    </message>
    <message>
        <source>kiosk languages</source>
        <translation>自助终端语言</translation>
    </message>
    <message>
        <source>kiosk default language</source>
        <translation>自助终端默认语言</translation>
    </message>
    <message>
        <source>document printer</source>
        <translation>文书打印机</translation>
    </message>
    <message>
        <source>receipt printer</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>social security card reader</source>
        <translation>社保卡读卡器</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>二维码扫描器</translation>
    </message>
</context>
<context>
    <name>BackOfficePane</name>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>效能监督</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The camera did not take a picture. Please face the camera, keep still and try again; if it happens again, ask the staff for help.</source>
        <translation>摄像头未拍到照片。请正对摄像头、保持不动后重试；如仍不行，请找工作人员帮助。</translation>
    </message>
</context>
<context>
    <name>CardDocument</name>
    <message>
        <source>The card could not be read. Take it out, check that it is the right way round, and put it in again.</source>
        <translation>无法读取此卡。请取出卡片，确认放置方向正确后重新放入。</translation>
    </message>
    <message>
        <source>This is not a resident ID card. Put your ID card on the ID card reader.</source>
        <translation>这不是居民身份证。请将身份证放在身份证读卡器上。</translation>
    </message>
    <message>
        <source>This is not a social security card. Put your social security card into the social security card reader.</source>
        <translation>这不是社会保障卡。请将社保卡插入社保卡读卡器。</translation>
    </message>
    <message>
        <source>This ID card expired on %1. Please renew it at the police service window; a staff member can help you with a temporary ID card.</source>
        <translation>此身份证已于 %1 过期。请到公安服务窗口换领；工作人员可协助您办理临时身份证。</translation>
    </message>
    <message>
        <source>This social security card expired on %1. Ask at the human resources and social security window for a new card.</source>
        <translation>此社保卡已于 %1 过期。请到人社服务窗口申领新卡。</translation>
    </message>
</context>
<context>
    <name>CaseActionDialog</name>
    <message>
        <source>List everything that is missing, all at once: nothing may be asked for later.</source>
        <translation>请一次性列出所缺的全部材料：此后不得再要求补充其他材料。</translation>
    </message>
    <message>
        <source>Other missing materials, one per line</source>
        <translation>其他所缺材料，每行一项</translation>
    </message>
    <message>
        <source>Departments that review their part (parallel review):</source>
        <translation>并联审批的部门：</translation>
    </message>
    <message>
        <source>Working days to add:</source>
        <translation>延长工作日：</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>最多 %1 个</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>理由（必填）</translation>
    </message>
    <message>
        <source>Remarks (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Paper materials received and checked at the window (原件核验):</source>
        <translation>窗口已收取并核验原件的纸质材料：</translation>
    </message>
</context>
<context>
    <name>CaseDeadlineView</name>
    <message>
        <source>Decided: the time limit no longer runs</source>
        <translation>已办结：不再计时</translation>
    </message>
    <message>
        <source>; paused now</source>
        <translation>；当前暂停计时</translation>
    </message>
    <message>
        <source>. No correction notice was issued within 5 working days: the application counts as accepted.</source>
        <translation>。5 个工作日内未出具补正告知，自收到申请材料之日起即视为受理。</translation>
    </message>
</context>
<context>
    <name>CaseDecisions</name>
    <message>
        <source>This case is not stored at this terminal; it may still be on its way from the hall.</source>
        <translation>本终端没有此案件，可能仍在从网上办事大厅同步中。</translation>
    </message>
    <message>
        <source>Your department&apos;s part of this case has been decided already; the first stored decision stands.</source>
        <translation>本部门对此案件的审批已有决定，以最先保存的决定为准。</translation>
    </message>
</context>
<context>
    <name>CaseDetailPane</name>
    <message>
        <source>Choose a case on the left.</source>
        <translation>请在左侧选择办件。</translation>
    </message>
    <message>
        <source>%1 · %2 · submitted %3</source>
        <translation>%1 · %2 · 申报于 %3</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>可办操作</translation>
    </message>
    <message>
        <source>Print correction notice</source>
        <translation>打印补正告知书</translation>
    </message>
    <message>
        <source>Print decision notice</source>
        <translation>打印决定书</translation>
    </message>
    <message>
        <source>Nothing for your role to do on this case now.</source>
        <translation>当前没有需要您的岗位办理的操作。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>审批部门</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Filed; nothing decided yet.</source>
        <translation>已申报，尚未办理。</translation>
    </message>
    <message>
        <source>%1 waits for the paper materials listed above.</source>
        <translation>“%1”须待上列纸质材料核验后方可办理。</translation>
    </message>
    <message>
        <source>%1 is not possible yet: %2</source>
        <translation>暂不能“%1”：%2</translation>
    </message>
</context>
<context>
    <name>CaseDossierDesk</name>
    <message>
        <source>Materials checked</source>
        <translation>已预受理</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Do not accept</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Ask for corrections</source>
        <translation>补正告知</translation>
    </message>
    <message>
        <source>Corrections received</source>
        <translation>已补正</translation>
    </message>
    <message>
        <source>Send to departments</source>
        <translation>分送部门审批</translation>
    </message>
    <message>
        <source>Approve our part</source>
        <translation>本部门准予</translation>
    </message>
    <message>
        <source>Refuse our part</source>
        <translation>本部门不予</translation>
    </message>
    <message>
        <source>Start special procedure</source>
        <translation>启动特别程序</translation>
    </message>
    <message>
        <source>End special procedure</source>
        <translation>结束特别程序</translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Record collection</source>
        <translation>领取登记</translation>
    </message>
    <message>
        <source>Withdraw (applicant&apos;s request)</source>
        <translation>撤回（申请人要求）</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This case is not stored at this terminal.</source>
        <translation>本终端没有该办件。</translation>
    </message>
    <message>
        <source>Your role may not open this case.</source>
        <translation>您的岗位无权查看该办件。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>被代办人</translation>
    </message>
    <message>
        <source>Their ID number</source>
        <translation>对方的身份证号码</translation>
    </message>
    <message>
        <source>Filed at</source>
        <translation>申报终端</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>e-certificate %1, verified genuine when filed</source>
        <translation>电子证照 %1，申报时已核验为真</translation>
    </message>
    <message>
        <source>paper, if it applies</source>
        <translation>纸质材料（如适用）</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>under review</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>请先打开办件。</translation>
    </message>
    <message>
        <source>Done: %1. The case is now %2.</source>
        <translation>已完成：%1。办件状态现为：%2。</translation>
    </message>
    <message>
        <source>Printed on %1.</source>
        <translation>已在 %1 打印。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>paper, received and checked at the window</source>
        <translation>纸质材料，窗口已收取并核验原件</translation>
    </message>
    <message>
        <source>paper, not yet checked at the window: needed before a decision</source>
        <translation>纸质材料，窗口尚未核验：作出决定前必须核验</translation>
    </message>
</context>
<context>
    <name>CaseEventText</name>
    <message>
        <source>Materials checked by the service window</source>
        <translation>综合窗口已预审材料</translation>
    </message>
    <message>
        <source>Accepted by the service window</source>
        <translation>综合窗口已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>More material is needed</source>
        <translation>需要补正材料</translation>
    </message>
    <message>
        <source>Your corrections were received</source>
        <translation>补正材料已收到</translation>
    </message>
    <message>
        <source>Sent to the departments for review</source>
        <translation>已送部门审批</translation>
    </message>
    <message>
        <source>%1 approved its part</source>
        <translation>%1 已审批通过</translation>
    </message>
    <message>
        <source>%1 refused its part</source>
        <translation>%1 不予批准</translation>
    </message>
    <message>
        <source>Completed: approved</source>
        <translation>已办结：批准</translation>
    </message>
    <message>
        <source>Completed: refused</source>
        <translation>已办结：不予批准</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Special procedure (hearing, testing or expert review): the time limit pauses</source>
        <translation>进入特别程序（听证、检验检测或专家评审），办理时限暂停计算</translation>
    </message>
    <message>
        <source>Special procedure finished: the time limit runs again</source>
        <translation>特别程序结束，办理时限恢复计算</translation>
    </message>
    <message>
        <source>Time limit extended</source>
        <translation>办理时限已延长</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Service rated</source>
        <translation>已评价服务</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>the applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>the online service hall</source>
        <translation>网上办事大厅</translation>
    </message>
    <message>
        <source>staff member %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>kiosk %1</source>
        <translation>自助终端 %1</translation>
    </message>
    <message>
        <source>terminal %1</source>
        <translation>终端 %1</translation>
    </message>
</context>
<context>
    <name>CaseFiling</name>
    <message>
        <source>Please choose at least one service to apply for.</source>
        <translation>请至少选择一个要申办的事项。</translation>
    </message>
    <message>
        <source>At most %1 services can be applied for at once; please apply for the others afterwards.</source>
        <translation>一次最多可申办 %1 个事项，其余事项请稍后再办。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was chosen twice; it is applied for once.</source>
        <translation>“%1”选择了两次，只会申办一次。</translation>
    </message>
    <message>
        <source>Please identify yourself with your ID card before applying.</source>
        <translation>申办前请用身份证核验身份。</translation>
    </message>
    <message>
        <source>The person you apply for must agree before you can apply for them.</source>
        <translation>须经被代办人同意后，才能为其代办。</translation>
    </message>
    <message>
        <source>Your e-certificates are used only after you agree. Please agree, or hand in paper copies instead.</source>
        <translation>须经您同意才会使用您的电子证照。请勾选同意，或改为提交纸质材料。</translation>
    </message>
    <message>
        <source>The e-certificate offered for &quot;%1&quot; is not one that can replace it; please hand in the paper material at the window.</source>
        <translation>所提供的电子证照不能代替“%1”，请到窗口提交纸质材料。</translation>
    </message>
</context>
<context>
    <name>CaseInboxModel</name>
    <message>
        <source>Front desk: new submissions and corrections</source>
        <translation>综合窗口：新申报与补正</translation>
    </message>
    <message>
        <source>Review tasks of %1</source>
        <translation>%1 的审批任务</translation>
    </message>
    <message>
        <source>All cases of this service centre</source>
        <translation>本政务服务中心全部办件</translation>
    </message>
    <message>
        <source>The catalog&apos;s calendar does not cover every case&apos;s time limit: those cases show no days left. Load a catalog with this year&apos;s holidays.</source>
        <translation>事项目录的节假日安排未覆盖所有办件的时限：这些办件不显示剩余天数。请导入包含本年节假日的目录。</translation>
    </message>
</context>
<context>
    <name>CaseIntake</name>
    <message>
        <source>The hall sent a new case (event %1) without %2; it was not taken in. Report it to the online service hall&apos;s operators.</source>
        <translation>网上办事大厅发来的新办件（事件 %1）缺少%2，未予接收。请报告网上办事大厅运维人员。</translation>
    </message>
    <message>
        <source>its case, group or receipt number</source>
        <translation>办件号、申请组号或回执号</translation>
    </message>
    <message>
        <source>a valid filing time</source>
        <translation>有效的申报时间</translation>
    </message>
    <message>
        <source>its service item or department</source>
        <translation>事项或部门</translation>
    </message>
    <message>
        <source>valid time limits</source>
        <translation>有效的办理时限</translation>
    </message>
    <message>
        <source>a valid applicant</source>
        <translation>有效的申请人</translation>
    </message>
    <message>
        <source>a valid person applied for</source>
        <translation>有效的被代办人</translation>
    </message>
</context>
<context>
    <name>CaseMaterials</name>
    <message>
        <source>The service window has not checked these required paper materials: %1. A decision needs each required material checked at the window or replaced by an e-certificate; ask the front desk to check them, or ask for a correction.</source>
        <translation>窗口尚未核验以下必需的纸质材料：%1。作出决定前，每份必需材料须经窗口核验原件或以电子证照替代；请前台核验，或发出补正告知。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This case has no paper material %1 to check.</source>
        <translation>本办件没有需核验的纸质材料 %1。</translation>
    </message>
</context>
<context>
    <name>CaseNoticeDocument</name>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applied for</source>
        <translation>被代办人</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>出具日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>出具机关</translation>
    </message>
    <message>
        <source>%1 (staff member %2)</source>
        <translation>%1（经办人 %2）</translation>
    </message>
    <message>
        <source>Track this case at any OneWindow terminal: scan this code or type %1. Check value %2.</source>
        <translation>可在任一“一窗通”终端查询办理进度：扫描此码或输入 %1。校验码 %2。</translation>
    </message>
    <message>
        <source>Correction notice %1</source>
        <translation>补正告知书 %1</translation>
    </message>
    <message>
        <source>Notice to complete the application</source>
        <translation>补正材料告知书</translation>
    </message>
    <message>
        <source>Your application cannot be accepted yet: the materials below are missing or incomplete. This notice lists everything that is needed, all at once; nothing else will be asked for later.</source>
        <translation>您的申请暂不能受理：下列材料缺少或不齐全。本告知书一次性列明需补正的全部内容，此后不会再要求补充其他材料。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material still needed</source>
        <translation>需补正的材料</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Bring or send the materials to the service window with this notice. The time limit stops until they arrive, and runs on from where it stopped once they are complete.</source>
        <translation>请持本告知书将材料送交或寄送至服务窗口。补正期间暂停计时，材料齐全后接续计算办理时限。</translation>
    </message>
    <message>
        <source>Decision notice %1</source>
        <translation>决定书 %1</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>不予受理决定书</translation>
    </message>
    <message>
        <source>Notice of approval</source>
        <translation>准予许可决定书</translation>
    </message>
    <message>
        <source>Notice of refusal</source>
        <translation>不予许可决定书</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>权利告知</translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; has been examined and is approved.</source>
        <translation>经审查，您申请的“%1”符合规定，准予办理。</translation>
    </message>
    <message>
        <source>What you receive</source>
        <translation>您将获得</translation>
    </message>
    <message>
        <source>The result of &quot;%1&quot;: the card, certificate or written approval this service gives.</source>
        <translation>“%1”的办理结果，即该事项发放的证件、证照或批准文书。</translation>
    </message>
    <message>
        <source>The result of &quot;%1&quot;, issued by %2: the card, certificate or written approval this service gives.</source>
        <translation>由%2出具的“%1”办理结果，即该事项发放的证件、证照或批准文书。</translation>
    </message>
    <message>
        <source>How to collect it</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>The result has been collected already; keep this notice with it.</source>
        <translation>办理结果已经领取，请将本决定书与其一并妥善保管。</translation>
    </message>
    <message>
        <source>the service window of %1</source>
        <translation>%1服务窗口</translation>
    </message>
    <message>
        <source>the service window where you applied</source>
        <translation>您申请时的服务窗口</translation>
    </message>
    <message>
        <source>Collect it at %1 on a working day. Bring this notice and your ID card; someone collecting it for you brings their own ID card and your signed authorisation. If you chose delivery by post in your application, it is sent to the address you gave and you need not come.</source>
        <translation>请于工作日携带本决定书和本人身份证到%1领取；委托他人领取的，受托人须携带其本人身份证和您签名的委托书。如您在申请时选择了邮寄送达，办理结果将寄往您填写的地址，无需到场领取。</translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; is not accepted, for the reasons below.</source>
        <translation>您申请的“%1”不予受理，理由如下。</translation>
    </message>
    <message>
        <source>Your application for &quot;%1&quot; has been examined and is refused, for the reasons below.</source>
        <translation>经审查，您申请的“%1”不予许可，理由如下。</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No reason was recorded. Ask at the service window: you have the right to be told why.</source>
        <translation>未记录理由。请到服务窗口询问：您有权知悉理由。</translation>
    </message>
    <message>
        <source>What you can do</source>
        <translation>后续办理</translation>
    </message>
    <message>
        <source>You may apply again, at any OneWindow terminal or service window, once the reasons above have been dealt with (for example with the missing or corrected materials). The staff at the service window tell you what is needed.</source>
        <translation>上述原因消除后（例如补齐或更正材料），您可以在任一“一窗通”终端或服务窗口重新申请。服务窗口工作人员可告知所需材料。</translation>
    </message>
    <message>
        <source>If you do not accept this decision, you may apply for administrative reconsideration according to law within sixty days from the day you receive this notice, or bring an administrative lawsuit according to law within six months.</source>
        <translation>如不服本决定，可在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。</translation>
    </message>
</context>
<context>
    <name>CaseProgressStore</name>
    <message>
        <source>A case has a status this version of OneWindow does not know; update the terminal.</source>
        <translation>案件的状态是本版本 OneWindow 无法识别的，请更新终端。</translation>
    </message>
</context>
<context>
    <name>CaseRatingStore</name>
    <message>
        <source>A rating is from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>评价分为 1（非常不满意）到 5（非常满意）。</translation>
    </message>
    <message>
        <source>This application is not stored at this terminal, so it cannot be rated here.</source>
        <translation>此申请未保存在本终端，无法在此评价。</translation>
    </message>
    <message>
        <source>This application has already been rated. Thank you!</source>
        <translation>此申请已评价过，谢谢！</translation>
    </message>
</context>
<context>
    <name>CaseStatuses</name>
    <message>
        <source>Submitted</source>
        <translation>已申报</translation>
    </message>
    <message>
        <source>Materials checked</source>
        <translation>已预受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>Waiting for your corrections</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Corrections received</source>
        <translation>已补正</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已办结（准予）</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已办结（不予）</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Received at this terminal, not yet sent</source>
        <translation>已在本机受理，尚未报送</translation>
    </message>
    <message>
        <source>This terminal sends it to the departments as soon as the online service hall can be reached again. Your receipt number stays valid.</source>
        <translation>网上办事大厅恢复连接后，本机将立即报送至承办部门。您的回执编号继续有效。</translation>
    </message>
</context>
<context>
    <name>CaseTimeLimits</name>
    <message>
        <source>on the spot (same day)</source>
        <translation>即办（当日办结）</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>calendar missing</source>
        <translation>缺少工作日历</translation>
    </message>
    <message numerus="yes">
        <source>paused, %n working day(s) left</source>
        <translation>
            <numerusform>已暂停计时，剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) past the legal limit</source>
        <translation>
            <numerusform>超过法定时限 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) past the committed date</source>
        <translation>
            <numerusform>超过承诺办结日 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>in a year whose holidays the catalog does not have yet</source>
        <translation>所在年份节假日尚未载入目录</translation>
    </message>
    <message>
        <source>Committed to the applicant: %1, due %2. Legal limit: %3, due %4.</source>
        <translation>承诺时限（已告知申请人）：%1，%2 前办结。法定时限：%3，%4 前办结。</translation>
    </message>
    <message>
        <source>committed by %1 · legal limit %2</source>
        <translation>承诺 %1 · 法定 %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>CaseTracker</name>
    <message>
        <source>The progress cannot be read right now. Please ask at the service window.</source>
        <translation>暂时无法查询办理进度，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>No application with this receipt number is known here yet. If you applied at another terminal today, it may take a few minutes to arrive.</source>
        <translation>本终端暂未查到该回执编号的申请。如您今天在其他终端申请，可能需要几分钟才能同步过来。</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不同意</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审批中</translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation>由服务窗口确认</translation>
    </message>
    <message>
        <source>The receipt is being printed again.</source>
        <translation>正在重新打印回执。</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Your role (%1) may not take this action.</source>
        <translation>您的角色（%1）无权执行此操作。</translation>
    </message>
    <message>
        <source>This action is not possible while the case is %1.</source>
        <translation>案件处于“%1”状态时不能执行此操作。</translation>
    </message>
    <message>
        <source>No correction notice was issued within %1 working days of submission, so the law counts the application as accepted. Accept it and continue.</source>
        <translation>申请提交后 %1 个工作日内未出具补正告知，依法视为受理。请予以受理后继续办理。</translation>
    </message>
    <message>
        <source>Your department&apos;s part of this case has been decided already; the first stored decision stands.</source>
        <translation>本部门对此案件的审批已有决定，以最先保存的决定为准。</translation>
    </message>
    <message>
        <source>This case was not routed to your department.</source>
        <translation>此案件未分送至您所在的部门。</translation>
    </message>
    <message>
        <source>The case changed while you were looking at it (another decision or a correction arrived). Look at it again before you decide.</source>
        <translation>您查看期间案件已有变化（有其他决定或补正材料到达），请重新查看后再作决定。</translation>
    </message>
    <message>
        <source>A decision not to accept must say why (不予受理 needs its reasons and the applicant&apos;s remedies).</source>
        <translation>不予受理须说明理由（并告知申请人依法享有的权利）。</translation>
    </message>
    <message>
        <source>A correction notice lists everything that is missing, all at once (一次性告知): name at least one material.</source>
        <translation>补正告知须一次性列明需补正的全部材料，请至少填写一项材料。</translation>
    </message>
    <message>
        <source>Choose at least one department to review the case.</source>
        <translation>请至少选择一个审批部门。</translation>
    </message>
    <message>
        <source>A refusal must give the department&apos;s reasons.</source>
        <translation>不予批准须说明本部门的理由。</translation>
    </message>
    <message>
        <source>Say which special procedure (hearing, testing, expert review) stops the clock, and why.</source>
        <translation>请说明启动的特别程序（听证、检验检测、专家评审）及其理由。</translation>
    </message>
    <message>
        <source>Note the applicant&apos;s reason for withdrawing.</source>
        <translation>请记录申请人撤回申请的理由。</translation>
    </message>
    <message>
        <source>Paper materials are checked when the window takes in, accepts or routes a case, or receives its corrections.</source>
        <translation>纸质材料在窗口预受理、受理、分送部门或补正受理时核验。</translation>
    </message>
</context>
<context>
    <name>CatalogAdminDesk</name>
    <message>
        <source>&quot;%1&quot; is larger than any catalog (%2 MB); choose the catalog file itself.</source>
        <translation>“%1”比任何事项目录都大（%2 MB）；请选择目录文件本身。</translation>
    </message>
    <message>
        <source>There is no signature file &quot;%1&quot;; a catalog is only loaded with its signature. Copy the .sig file next to the catalog.</source>
        <translation>没有签名文件“%1”；事项目录只能连同签名一起加载。请把 .sig 文件复制到目录文件旁边。</translation>
    </message>
    <message>
        <source>Checking the signature and every rule of the catalog…</source>
        <translation>正在核验签名并检查目录的每一项规则……</translation>
    </message>
    <message>
        <source>Applying the catalog…</source>
        <translation>正在启用事项目录……</translation>
    </message>
    <message>
        <source>Writing items: %1 of %2</source>
        <translation>正在写入事项：%1 / %2</translation>
    </message>
    <message>
        <source>Version %1 (catalog %2) is active again.</source>
        <translation>版本 %1（目录 %2）已重新启用。</translation>
    </message>
    <message>
        <source>Catalog %1 is now active as version %2, with %3 items.</source>
        <translation>事项目录 %1 已作为版本 %2 启用，共 %3 个事项。</translation>
    </message>
    <message>
        <source>The signature is genuine: the catalog comes from a trusted publisher and was not changed.</source>
        <translation>签名真实有效：目录来自受信任的发布机构，且未被修改。</translation>
    </message>
    <message>
        <source>Catalog %1 with %2 items: %3 added, %4 removed, %5 changed.</source>
        <translation>事项目录 %1，共 %2 个事项：新增 %3，删除 %4，变更 %5。</translation>
    </message>
    <message>
        <source>This catalog is the same as the active one item for item.</source>
        <translation>此目录与当前启用的目录逐项相同。</translation>
    </message>
    <message numerus="yes">
        <source>The signature is genuine, but the catalog breaks %n rule(s); it cannot be applied. Send the report to the catalog authority.</source>
        <translation>
            <numerusform>签名真实有效，但目录违反 %n 项规则，不能启用。请将报告发送给目录发布机构。</numerusform>
        </translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1; confirm that you want to go back to it.</source>
        <translation>此目录比当前生效的目录 %1 旧；请确认确实要退回到它。</translation>
    </message>
    <message>
        <source>%1 (issued %2)</source>
        <translation>%1（发布于 %2）</translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1. It is applied only if you confirm that you want to go back to it.</source>
        <translation>此目录比当前生效的目录 %1 旧。只有在您确认要退回到它之后才会应用。</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot;. Check the path, or choose the catalog from the removable media below.</source>
        <translation>文件“%1”不存在。请检查路径，或从下方的移动存储中选择目录文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder. Choose the catalog file (.json) in it.</source>
        <translation>“%1”是一个文件夹。请选择其中的目录文件（.json）。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: this terminal may not open it. Copy the file to the USB stick again, or check its permissions.</source>
        <translation>无法读取“%1”：本终端无权打开该文件。请重新将文件复制到 U 盘，或检查文件权限。</translation>
    </message>
    <message>
        <source>There is no file &quot;%1&quot; (the USB stick may have been taken out).</source>
        <translation>没有文件“%1”（U 盘可能已被拔出）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>department</source>
        <translation>承办部门</translation>
    </message>
    <message>
        <source>legal time limit (working days)</source>
        <translation>法定时限（工作日）</translation>
    </message>
    <message>
        <source>committed time limit (working days)</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <source>online level</source>
        <translation>网办深度</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>设立依据</translation>
    </message>
    <message>
        <source>who may apply</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>主题分类</translation>
    </message>
    <message>
        <source>handled in parallel with</source>
        <translation>并联办理事项</translation>
    </message>
    <message>
        <source>kind of item</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>level</source>
        <translation>事项层级</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>CatalogAdminPage</name>
    <message>
        <source>Load a catalog</source>
        <translation>加载事项目录</translation>
    </message>
    <message>
        <source>A catalog is only loaded with its signature (the .sig file next to it) from a publisher this terminal trusts. Checking changes nothing.</source>
        <translation>事项目录只能连同签名（旁边的 .sig 文件）一起加载，且须来自本终端信任的发布机构。检查不会做任何更改。</translation>
    </message>
    <message>
        <source>Catalog file, e.g. /media/usb0/catalog-2026-12.json</source>
        <translation>目录文件，例如 /media/usb0/catalog-2026-12.json</translation>
    </message>
    <message>
        <source>Signature (default: FILE.sig)</source>
        <translation>签名（默认：文件名.sig）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Removable media:</source>
        <translation>移动存储：</translation>
    </message>
    <message>
        <source>none found — insert a USB stick</source>
        <translation>未发现，请插入U盘</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查看</translation>
    </message>
    <message>
        <source>— no signature file</source>
        <translation>——没有签名文件</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Apply this catalog</source>
        <translation>启用此目录</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>版本 %1 · %2</translation>
    </message>
    <message>
        <source>(active)</source>
        <translation>（启用中）</translation>
    </message>
    <message>
        <source>%1 items · %2 · key %3</source>
        <translation>%1 个事项 · %2 · 密钥 %3</translation>
    </message>
    <message>
        <source>Roll back to this</source>
        <translation>回退到此版本</translation>
    </message>
    <message>
        <source>Roll back the catalog</source>
        <translation>回退目录</translation>
    </message>
    <message>
        <source>Make version %1 (catalog %2, %3 items) active again?</source>
        <translation>要重新启用版本 %1（目录 %2，%3 个事项）吗？</translation>
    </message>
    <message>
        <source>It replaces version %1 (catalog %2, %3 items) on every page of this terminal at once. </source>
        <translation>它将立即在本终端的所有页面上替换版本 %1（目录 %2，%3 个事项）。</translation>
    </message>
    <message>
        <source>Cases already filed keep the items they were filed under. The rollback is recorded in the audit log.</source>
        <translation>已受理的办件保留其申请时的事项。此次回退将记入审计日志。</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Apply an older catalog</source>
        <translation>应用较旧的目录</translation>
    </message>
    <message>
        <source>This catalog is older than the active catalog %1. Go back to it?</source>
        <translation>此目录比当前生效的目录 %1 旧。要退回到它吗？</translation>
    </message>
    <message>
        <source>Citizens will see the older items at once, and the newer catalog stays in the versions list. Going back is recorded in the audit log as an older catalog applied on purpose.</source>
        <translation>群众将立即看到较旧的事项，较新的目录仍保留在版本列表中。此次退回将作为“有意应用较旧目录”记入审计日志。</translation>
    </message>
    <message>
        <source>Apply the older catalog</source>
        <translation>应用较旧的目录</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>CatalogImporter</name>
    <message>
        <source>The catalog does not name its publisher key (publisherKeyId), so its signature cannot be checked.</source>
        <translation>目录未写明发布方密钥（publisherKeyId），无法核验其签名。</translation>
    </message>
    <message>
        <source>The catalog declares publisher key &quot;%1&quot; but the first publisherKeyId in the file is &quot;%2&quot;. Nothing was applied; ask the catalog authority for a correct file.</source>
        <translation>目录声明的发布方密钥为“%1”，但文件中第一个 publisherKeyId 为“%2”。未作任何更改；请向目录发布机构索取正确的文件。</translation>
    </message>
    <message>
        <source>This terminal offers catalogs of region %1 only, and this catalog is for %2 (%3). Choose the catalog of this terminal&apos;s region, or change the regions in the terminal settings.</source>
        <translation>本终端只提供区划 %1 的事项目录，而此目录属于 %2（%3）。请选择本终端所在区划的目录，或在终端设置中修改区划。</translation>
    </message>
    <message>
        <source>Catalog %1 (issued %2) is older than the active catalog %3 (issued %4). Nothing was applied. To go back to an older catalog on purpose, roll back to its version or import it with --allow-older.</source>
        <translation>目录 %1（发布于 %2）比当前生效的目录 %3（发布于 %4）旧，未作任何应用。如确需退回到较旧的目录，请回退到其版本，或使用 --allow-older 导入。</translation>
    </message>
</context>
<context>
    <name>CatalogParser</name>
    <message>
        <source>This field is required but missing.</source>
        <translation>缺少此必填字段。</translation>
    </message>
    <message>
        <source>Expected text here.</source>
        <translation>此处应为文本。</translation>
    </message>
    <message>
        <source>This text must not be empty.</source>
        <translation>此文本不能为空。</translation>
    </message>
    <message>
        <source>This text is longer than %1 characters.</source>
        <translation>此文本超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Expected a whole number here.</source>
        <translation>此处应为整数。</translation>
    </message>
    <message>
        <source>The number %1 is outside the allowed range %2 to %3.</source>
        <translation>数值 %1 超出允许范围 %2 至 %3。</translation>
    </message>
    <message>
        <source>Expected true or false here.</source>
        <translation>此处应为 true 或 false。</translation>
    </message>
    <message>
        <source>This list is required but missing.</source>
        <translation>缺少此必填列表。</translation>
    </message>
    <message>
        <source>Expected a list here.</source>
        <translation>此处应为列表。</translation>
    </message>
    <message>
        <source>Expected non-empty text here.</source>
        <translation>此处应为非空文本。</translation>
    </message>
    <message>
        <source>Expected an object { … } here.</source>
        <translation>此处应为对象 { … }。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may only use letters, digits, &quot;-&quot; and &quot;_&quot; (1 to 64 characters).</source>
        <translation>编码“%1”只能使用字母、数字、“-”和“_”（1 至 64 个字符）。</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; may only use letters, digits and &quot;-&quot; (1 to 64 characters).</source>
        <translation>事项编码“%1”只能使用字母、数字和“-”（1 至 64 个字符）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed here; use one of: %2.</source>
        <translation>此处不允许“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; must be dotted words such as applicant.name.</source>
        <translation>表单字段键“%1”必须是以点分隔的单词，例如 applicant.name。</translation>
    </message>
    <message>
        <source>A &quot;choice&quot; field needs a non-empty list of options.</source>
        <translation>“choice”类型的字段需要非空的选项列表。</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; save the file as UTF-8</source>
        <translation>文本不是有效的 UTF-8；请将文件另存为 UTF-8 编码</translation>
    </message>
    <message>
        <source>the lists and objects are nested too deeply</source>
        <translation>列表和对象嵌套层数过深</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>the file ends too early (it may be truncated)</source>
        <translation>文件提前结束（可能不完整）</translation>
    </message>
    <message>
        <source>there is text after the end of the catalog</source>
        <translation>目录结束后还有多余内容</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>这不是有效的 JSON</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB; a catalog is never that large.</source>
        <translation>文件超过 %1 MiB；事项目录不会这么大。</translation>
    </message>
    <message>
        <source>Line %1, column %2 (byte %3): %4.</source>
        <translation>第 %1 行第 %2 列（第 %3 字节）：%4。</translation>
    </message>
    <message>
        <source>The catalog must be one JSON object { … }.</source>
        <translation>目录必须是一个 JSON 对象 { … }。</translation>
    </message>
    <message>
        <source>This is not a OneWindow service catalog (&quot;format&quot; must be &quot;onewindow-catalog&quot;).</source>
        <translation>这不是 OneWindow 事项目录（“format”必须为“onewindow-catalog”）。</translation>
    </message>
    <message>
        <source>This catalog uses format version %1, but this terminal knows only version %2. Update OneWindow before loading it.</source>
        <translation>此目录使用格式版本 %1，但本终端只支持版本 %2。请先升级 OneWindow 再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-11-20T09:00:00+08:00.</source>
        <translation>“%1”不是形如 2026-11-20T09:00:00+08:00 的日期时间。</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>The service item %1 is not in the active catalog. Load a catalog that has it, or choose another item.</source>
        <translation>当前目录中没有事项 %1。请导入包含该事项的目录，或选择其他事项。</translation>
    </message>
    <message>
        <source>There is no catalog version %1. Run &quot;onewindowctl catalog versions&quot; to see the versions kept on this terminal.</source>
        <translation>没有目录版本 %1。运行“onewindowctl catalog versions”查看本终端保存的版本。</translation>
    </message>
    <message>
        <source>The stored copy of catalog version %1 has been altered; it will not be applied. Import the catalog file again instead.</source>
        <translation>目录版本 %1 的存档已被篡改，不会启用。请重新导入该目录文件。</translation>
    </message>
</context>
<context>
    <name>CatalogValidator</name>
    <message>
        <source>The department &quot;%1&quot; is not in the catalog&apos;s departments list.</source>
        <translation>部门“%1”不在目录的部门列表（departments）中。</translation>
    </message>
    <message>
        <source>The promised time limit (%1 working days) is longer than the legal limit (%2 working days); the promise may only be shorter.</source>
        <translation>承诺时限（%1 个工作日）长于法定时限（%2 个工作日）；承诺时限只能更短。</translation>
    </message>
    <message>
        <source>The material code &quot;%1&quot; is used twice in this item.</source>
        <translation>材料编码“%1”在此事项中重复使用。</translation>
    </message>
    <message>
        <source>The certificate type &quot;%1&quot; is not in the catalog&apos;s certificateTypes list.</source>
        <translation>证照类型“%1”不在目录的证照类型列表（certificateTypes）中。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; is used twice in this item.</source>
        <translation>表单字段键“%1”在此事项中重复使用。</translation>
    </message>
    <message>
        <source>The form key &quot;%1&quot; has type &quot;%2&quot; here but &quot;%3&quot; at %4; items share fields by key, so the types must agree.</source>
        <translation>表单字段键“%1”在此处类型为“%2”，但在 %4 处为“%3”；事项按键共用字段，类型必须一致。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be CERTIFICATE_TYPE.field with a certificate type from the certificateTypes list.</source>
        <translation>“%1”必须为“证照类型.字段”的形式，且证照类型须在 certificateTypes 列表中。</translation>
    </message>
    <message>
        <source>An item cannot be bundled with itself.</source>
        <translation>事项不能与自身并联办理。</translation>
    </message>
    <message>
        <source>The item code &quot;%1&quot; is not in this catalog.</source>
        <translation>事项编码“%1”不在本目录中。</translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; is already used by %2[%3].</source>
        <translation>编码“%1”已被 %2[%3] 使用。</translation>
    </message>
    <message>
        <source>The catalog has no items; loading it would leave the terminal with nothing to offer.</source>
        <translation>目录中没有任何事项；导入后终端将无事项可办。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a working day.</source>
        <translation>%1 同时被列为节假日和工作日。</translation>
    </message>
</context>
<context>
    <name>CertificateCard</name>
    <message>
        <source>No. %1</source>
        <translation>编号 %1</translation>
    </message>
</context>
<context>
    <name>CertificateDetailPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Verified on this terminal at %1</source>
        <translation>本终端核验时间：%1</translation>
    </message>
    <message>
        <source>Print verified copy</source>
        <translation>打印核验件</translation>
    </message>
</context>
<context>
    <name>CertificateEnvelopes</name>
    <message>
        <source>The hall&apos;s answer to the certificate lookup is damaged (%1), so no certificates are shown. Please try again later or ask staff.</source>
        <translation>网上办事大厅对证照查询的答复已损坏（%1），因此无法显示证照。请稍后再试或咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>CertificateEvidence</name>
    <message>
        <source>from your e-certificate %1</source>
        <translation>来自您的电子证照“%1”</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
</context>
<context>
    <name>CertificateTrustStore</name>
    <message>
        <source>The issuer key ID &quot;%1&quot; may only use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (1 to 64 characters); use the kid written in the certificate envelopes.</source>
        <translation>发证机关密钥 ID“%1”只能使用字母、数字、“.”、“-”和“_”（1 至 64 个字符）；请使用证照信封中写明的 kid。</translation>
    </message>
    <message>
        <source>Give the certificate number exactly as printed on the certificate (1 to 128 characters).</source>
        <translation>请按证照上印的内容准确填写证照编号（1 至 128 个字符）。</translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here.</source>
        <translation>本终端未信任签发机构密钥“%1”。</translation>
    </message>
    <message>
        <source>The issuer key &quot;%1&quot; comes from the hall&apos;s trust list; it is removed there, not at a terminal.</source>
        <translation>签发机构密钥“%1”来自网上办事大厅的信任列表，只能在大厅移除，不能在终端移除。</translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here, so nothing it signed is accepted anyway. Check the key ID with &quot;trust list&quot;.</source>
        <translation>本终端未信任签发方密钥“%1”，其签发的证照本来就不会被接受。请用“trust list”核对密钥标识。</translation>
    </message>
    <message>
        <source>This certificate of issuer &quot;%1&quot; is already revoked here.</source>
        <translation>签发方“%1”的这张证照在本终端已被吊销。</translation>
    </message>
    <message>
        <source>That certificate of issuer &quot;%1&quot; is not revoked here.</source>
        <translation>签发方“%1”的这张证照在本终端未被吊销。</translation>
    </message>
    <message>
        <source>This revocation comes from the hall&apos;s trust list; it is lifted there, not at a terminal.</source>
        <translation>此吊销来自网上办事大厅的信任列表，须在大厅解除，不能在终端解除。</translation>
    </message>
    <message>
        <source>The issuer key is not a PEM SM2 or P-256 (ES256) public key. Ask the e-certificate issuer (or the hall) for its public key file.</source>
        <translation>签发机构密钥不是 PEM 格式的 SM2 或 P-256（ES256）公钥。请向电子证照签发机构（或大厅）索取其公钥文件。</translation>
    </message>
</context>
<context>
    <name>CertificateVerification</name>
    <message>
        <source>Genuine</source>
        <translation>真实有效</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>非真实</translation>
    </message>
    <message>
        <source>Not yours</source>
        <translation>非本人证照</translation>
    </message>
</context>
<context>
    <name>CertificateVerifier</name>
    <message>
        <source>The certificate is signed with issuer key &quot;%1&quot;, which this terminal does not trust. It cannot be shown as genuine. If the hall is reachable, refresh the trust list; otherwise ask staff.</source>
        <translation>该证照使用发证机关密钥“%1”签名，本终端不信任该密钥，不能显示为真实有效。如能连接网上办事大厅，请刷新信任列表；否则请咨询工作人员。</translation>
    </message>
    <message>
        <source>The certificate says it is signed with %1, but issuer key &quot;%2&quot; is a %3 key. It is not genuine.</source>
        <translation>该证照声明使用 %1 签名，但发证机关密钥“%2”是 %3 密钥。该证照非真实。</translation>
    </message>
    <message>
        <source>The issuer&apos;s %1 signature does not match the certificate data: it was changed after signing, or (SM2) signed without the ID 1234567812345678. It is not genuine.</source>
        <translation>发证机关的 %1 签名与证照数据不符：数据在签名后被修改，或（SM2）签名时未使用标识 1234567812345678。该证照非真实。</translation>
    </message>
    <message>
        <source>The certificate is genuine but belongs to someone else, not to the identified citizen. It cannot be used here.</source>
        <translation>该证照真实，但属于他人，不属于已核验身份的办事人，不能在此使用。</translation>
    </message>
    <message>
        <source>The issuer has revoked this certificate (number %1). It is no longer valid; ask %2 for a new one.</source>
        <translation>发证机关已吊销该证照（编号 %1），已不再有效；请向%2申领新证。</translation>
    </message>
    <message>
        <source>The certificate is genuine but expired on %1. Renew it at %2.</source>
        <translation>该证照真实，但已于 %1 过期。请到%2办理换证。</translation>
    </message>
    <message>
        <source>The certificate is only valid from %1; it cannot be used before then.</source>
        <translation>该证照自 %1 起才生效，在此之前不能使用。</translation>
    </message>
    <message>
        <source>The issuer marked this certificate as &quot;%1&quot;, not valid. Ask %2 about it.</source>
        <translation>发证机关将该证照标记为“%1”，不是有效状态。请向%2咨询。</translation>
    </message>
    <message>
        <source>The signature of %1 verifies with a trusted key; the certificate is valid and not revoked.</source>
        <translation>%1的签名经受信任的密钥验证通过；证照在有效期内且未被吊销。</translation>
    </message>
</context>
<context>
    <name>CertificateWalletModel</name>
    <message>
        <source>Unreadable certificate</source>
        <translation>无法读取的证照</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>The trust list has not been fetched from the hall yet; only keys installed by the administrator are used.</source>
        <translation>尚未从网上办事大厅获取信任列表；目前只使用管理员安装的密钥。</translation>
    </message>
    <message>
        <source>Checked with the trust list of %1 (version %2).</source>
        <translation>使用%1更新的信任列表核验（版本 %2）。</translation>
    </message>
    <message>
        <source>Your verified copy is printing. Please take it from the printer.</source>
        <translation>核验件正在打印，请从打印机取件。</translation>
    </message>
    <message>
        <source>There is no printer here: the verified copy was saved for staff to print. Please ask at the counter.</source>
        <translation>本机没有打印机：核验件已保存，由工作人员代为打印。请到窗口咨询。</translation>
    </message>
</context>
<context>
    <name>CertificateWalletPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>My e-certificates</source>
        <translation>我的电子证照</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Certificates issued to %1, checked on this terminal</source>
        <translation>发给 %1 的证照，已在本终端核验</translation>
    </message>
    <message>
        <source>Looking up your certificates at the online service hall…</source>
        <translation>正在网上办事大厅查询您的证照…</translation>
    </message>
    <message>
        <source>No e-certificates were found for you.</source>
        <translation>没有查到您的电子证照。</translation>
    </message>
</context>
<context>
    <name>CitizenBanner</name>
    <message>
        <source>You are signed in as %1</source>
        <translation>您已登录：%1</translation>
    </message>
    <message>
        <source>Applying for %1</source>
        <translation>为 %1 代办</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>结束办理</translation>
    </message>
    <message>
        <source>Ends your session and forgets everything you entered</source>
        <translation>结束本次办理，并清除您输入的全部信息</translation>
    </message>
</context>
<context>
    <name>CitizenDesk</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Your session ended because nobody touched the screen for a while. Nothing of it is kept on this terminal.</source>
        <translation>由于长时间没有操作，本次办理已结束，本终端不保留任何信息。</translation>
    </message>
    <message>
        <source>The ID card was taken out, so the session ended. Nothing of it is kept on this terminal.</source>
        <translation>身份证已取出，本次办理已结束，本终端不保留任何信息。</translation>
    </message>
    <message>
        <source>Thank you! Your session has ended and nothing of it is kept on this terminal.</source>
        <translation>谢谢！本次办理已结束，本终端不保留任何信息。</translation>
    </message>
</context>
<context>
    <name>CitizenStore</name>
    <message>
        <source>A name has 1 to 100 characters.</source>
        <translation>姓名为 1 至 100 个字符。</translation>
    </message>
</context>
<context>
    <name>ComingSoonPage</name>
    <message>
        <source>This service is coming soon to this terminal. Please ask at the service window.</source>
        <translation>本终端即将开通此项服务，请到服务窗口咨询办理。</translation>
    </message>
    <message>
        <source>Back to the home page</source>
        <translation>返回首页</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ContributionHistoryPage</name>
    <message>
        <source>Contribution history</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · 身份证号 %2</translation>
    </message>
    <message>
        <source>Months without a payment</source>
        <translation>未缴费月份</translation>
    </message>
    <message>
        <source>Monthly contribution</source>
        <translation>每月缴费</translation>
    </message>
    <message>
        <source>Red bands: months without a paid contribution.</source>
        <translation>红色区域：没有缴费的月份。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>缴费月数</translation>
    </message>
    <message>
        <source>Months missing</source>
        <translation>缺缴月数</translation>
    </message>
    <message>
        <source>Total (yuan)</source>
        <translation>合计（元）</translation>
    </message>
</context>
<context>
    <name>ContributionPaymentDesk</name>
    <message>
        <source>%1, %2: %3 yuan</source>
        <translation>%1，%2：%3 元</translation>
    </message>
    <message>
        <source>Making the payment order…</source>
        <translation>正在生成缴费订单…</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s payment app and pay. This page says &quot;Paid&quot; only when the payment is confirmed.</source>
        <translation>请用手机支付软件扫码缴费。只有在缴费确认后，本页才会显示“缴费成功”。</translation>
    </message>
    <message>
        <source>Paid. The payment has been confirmed by the social security office.</source>
        <translation>缴费成功，社保经办机构已确认到账。</translation>
    </message>
    <message>
        <source>The payment did not go through. Nothing was charged.</source>
        <translation>缴费未成功，未扣任何费用。</translation>
    </message>
    <message>
        <source>The payment code has expired and nothing was charged. You can start again.</source>
        <translation>付款码已过期，未扣任何费用。您可以重新开始。</translation>
    </message>
    <message>
        <source>The payment is not confirmed yet. Please do not pay again: tap Check again in a moment, or ask at the service window.</source>
        <translation>缴费尚未确认。请勿重复缴费：稍后点击“再次查询”，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Please open your social security record first.</source>
        <translation>请先打开您的社保记录。</translation>
    </message>
    <message>
        <source>Myself (%1)</source>
        <translation>本人（%1）</translation>
    </message>
    <message>
        <source>Paying for %1 (ID %2). You, the person identified at this terminal, are the payer.</source>
        <translation>为 %1（身份证 %2）缴费。缴费人是在本终端核验身份的您本人。</translation>
    </message>
    <message>
        <source>Asking the hall what is due…</source>
        <translation>正在向办事大厅查询应缴费用…</translation>
    </message>
    <message>
        <source>Nothing is due for %1 at the moment.</source>
        <translation>%1 目前没有应缴费用。</translation>
    </message>
    <message>
        <source>This terminal has no printer for receipts. Please ask at the service window.</source>
        <translation>本终端没有可打印收据的打印机，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Your receipt is ready at the service window.</source>
        <translation>您的收据已送至服务窗口，请到窗口领取。</translation>
    </message>
    <message>
        <source>Your receipt is printed. Please take it from the printer.</source>
        <translation>您的收据已打印，请从打印机取走。</translation>
    </message>
</context>
<context>
    <name>ContributionPaymentPage</name>
    <message>
        <source>Pay resident contributions</source>
        <translation>城乡居民社保缴费</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · 身份证号 %2</translation>
    </message>
    <message>
        <source>Tap what you want to pay. One insurance at a time.</source>
        <translation>请点选要缴费的项目，每次缴一个险种。</translation>
    </message>
    <message>
        <source>%1 %2: %3 yuan (due by %4)</source>
        <translation>%1 %2 年度：%3 元（缴费截止 %4）</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再次查询</translation>
    </message>
    <message>
        <source>Pay %1 yuan</source>
        <translation>缴费 %1 元</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>打印缴费收据</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <source>No credit code was entered.</source>
        <translation>未输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters; this one has %1. Check that no character is missing or doubled.</source>
        <translation>统一社会信用代码为 18 位，此代码为 %1 位。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>Character %1 of the credit code is not allowed: a code uses only digits and the capital letters A to Y without I, O, Z, S and V.</source>
        <translation>信用代码的第 %1 位字符不允许：代码只使用数字和除 I、O、Z、S、V 以外的大写字母 A 至 Y。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a credit code are the region code and are digits; these are not. Check those characters.</source>
        <translation>信用代码的第 3 至 8 位是行政区划码，应为数字，此处不是。请检查这几位。</translation>
    </message>
    <message>
        <source>The check character (the last one) does not match the other 17: one character of this credit code is wrong. Enter it again carefully.</source>
        <translation>校验码（最后一位）与前 17 位不符：此信用代码有一位字符错误。请仔细重新输入。</translation>
    </message>
</context>
<context>
    <name>CtlContext</name>
    <message>
        <source>Where to write the PDF (readable by you only).</source>
        <translation>PDF 的写入位置（仅您本人可读）。</translation>
    </message>
    <message>
        <source>&quot;document open&quot; needs --out PDF: where to write the opened document.</source>
        <translation>“document open”需要 --out PDF：指定解密后文书的写入位置。</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>&quot;db info&quot; takes no arguments; got &quot;%1&quot;.</source>
        <translation>“db info”不带参数，但收到了“%1”。</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <source>size: %1 bytes</source>
        <translation>大小：%1 字节</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>%1. Run onewindowctl --help to see the commands.</source>
        <translation>%1。运行 onewindowctl --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Wrong number of arguments. Run onewindowctl --help to see the commands.</source>
        <translation>参数个数不对。运行 onewindowctl --help 查看可用命令。</translation>
    </message>
    <message>
        <source>&quot;id check&quot; takes one ID number or credit code.</source>
        <translation>“id check” 需要一个身份证号码或信用代码。</translation>
    </message>
    <message>
        <source>valid %1: %2</source>
        <translation>有效的%1：%2</translation>
    </message>
    <message>
        <source>invalid %1: %2</source>
        <translation>无效的%1：%2</translation>
    </message>
    <message>
        <source>The hall answered /health with HTTP %1.</source>
        <translation>网上办事大厅对 /health 的应答为 HTTP %1。</translation>
    </message>
    <message>
        <source>ok: hall %1 version %2, clock skew %3 s</source>
        <translation>正常：办事大厅 %1，版本 %2，时钟偏差 %3 秒</translation>
    </message>
    <message>
        <source>Use either terminal enroll --id ID [--url URL] [--renew] to make a key and request, or terminal enroll --install CERT.pem --ca CA.pem to install the signed certificate.</source>
        <translation>请使用 terminal enroll --id 终端编号 [--url 地址] [--renew] 生成密钥和证书请求，或使用 terminal enroll --install 证书.pem --ca CA.pem 安装签发的证书。</translation>
    </message>
    <message>
        <source>installed: certificate %1, hall CA %2</source>
        <translation>已安装：证书 %1，办事大厅 CA %2</translation>
    </message>
    <message>
        <source>certificate request: %1
Have the hall CA sign it, then run onewindowctl terminal enroll --install CERT.pem --ca CA.pem</source>
        <translation>证书请求：%1
请交办事大厅 CA 签发，然后运行 onewindowctl terminal enroll --install 证书.pem --ca CA.pem</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Give a user name and --role front_desk, reviewer, supervisor or admin.</source>
        <translation>请给出用户名和 --role front_desk、reviewer、supervisor 或 admin。</translation>
    </message>
    <message>
        <source>added %1 (%2)</source>
        <translation>已添加 %1（%2）</translation>
    </message>
    <message>
        <source>password changed for %1</source>
        <translation>已修改 %1 的密码</translation>
    </message>
    <message>
        <source>locked %1</source>
        <translation>已锁定 %1</translation>
    </message>
    <message>
        <source>unlocked %1</source>
        <translation>已解锁 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>locked out until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <source>&quot;audit verify&quot; takes no arguments.</source>
        <translation>“audit verify” 不带参数。</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已被修改：%1</translation>
    </message>
    <message numerus="yes">
        <source>ok (%n entries, head %1)</source>
        <translation>
            <numerusform>正常（%n 条记录，链头 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2024-06-01.</source>
        <translation>“%1”不是日期，请写成 2024-06-01 的形式。</translation>
    </message>
    <message>
        <source>Usage: audit show [--since DATE]</source>
        <translation>用法：audit show [--since 日期]</translation>
    </message>
    <message>
        <source>queue: %1 events waiting</source>
        <translation>队列：%1 个事件待发送</translation>
    </message>
    <message>
        <source>parked: %1 events</source>
        <translation>搁置：%1 个事件</translation>
    </message>
    <message>
        <source>feed cursor: %1</source>
        <translation>事件流游标：%1</translation>
    </message>
    <message>
        <source>last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>  parked %1 at %2: %3 %4</source>
        <translation>  已搁置 %1，时间 %2：%3 %4</translation>
    </message>
    <message>
        <source>Event %1 is not parked; nothing to retry.</source>
        <translation>事件 %1 未被搁置，无需重试。</translation>
    </message>
    <message>
        <source>Event %1 goes out with the next sync.</source>
        <translation>事件 %1 将随下次同步发出。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>changes: %1 added, %2 removed, %3 changed</source>
        <translation>变更：新增 %1 项，删除 %2 项，修改 %3 项</translation>
    </message>
    <message>
        <source>applied: catalog %1 (%2 items) is now active as version %3</source>
        <translation>已启用：目录 %1（%2 个事项）现为生效版本 %3</translation>
    </message>
    <message>
        <source>dry run: catalog %1 (%2 items) is valid and verified; nothing was changed</source>
        <translation>试运行：目录 %1（%2 个事项）有效且签名核验通过；未作任何更改</translation>
    </message>
    <message>
        <source>Problems found: %1; nothing was changed.</source>
        <translation>发现问题：%1 个；未作任何更改。</translation>
    </message>
    <message>
        <source>There is no signature file &quot;%1&quot;; a catalog is only loaded with its signature. Nothing was applied.</source>
        <translation>找不到签名文件“%1”；目录必须连同签名一起导入。未作任何更改。</translation>
    </message>
    <message>
        <source>No catalog has been imported yet.</source>
        <translation>尚未导入任何目录。</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 个事项</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 500.</source>
        <translation>--limit 需要 1 至 500 之间的数字。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog search QUERY [--limit N]</source>
        <translation>用法：onewindowctl catalog search 查询词 [--limit 数量]</translation>
    </message>
    <message>
        <source>trusted: catalogs signed with publisher key %1 (%2) will be accepted.</source>
        <translation>已信任：将接受由发布方密钥 %1（%2）签名的目录。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust add-issuer KEY_ID PEM_FILE</source>
        <translation>用法：onewindowctl trust add-issuer 密钥ID PEM文件</translation>
    </message>
    <message>
        <source>trusted: e-certificates signed with issuer key %1 (%2) can verify as genuine.</source>
        <translation>已信任：使用发证机关密钥 %1（%2）签名的电子证照可核验为真实有效。</translation>
    </message>
    <message>
        <source>catalog publishers:</source>
        <translation>事项目录发布方：</translation>
    </message>
    <message>
        <source>certificate issuers (trust list version %1, fetched %2):</source>
        <translation>证照发证机关（信任列表版本 %1，获取时间 %2）：</translation>
    </message>
    <message>
        <source>revoked certificates: %1</source>
        <translation>已吊销证照：%1</translation>
    </message>
    <message>
        <source>Usage: onewindowctl ecert verify FILE [--holder ID_NUMBER]</source>
        <translation>用法：onewindowctl ecert verify 文件 [--holder 身份证号]</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>certificate: %1 %2, issued by %3</source>
        <translation>证照：%1 %2，发证机关：%3</translation>
    </message>
    <message>
        <source>payload sha256: %1</source>
        <translation>数据 sha256：%1</translation>
    </message>
    <message>
        <source>trust list: version %1, fetched %2</source>
        <translation>信任列表：版本 %1，获取时间 %2</translation>
    </message>
    <message>
        <source>never (keys added by hand only)</source>
        <translation>从未获取（仅有手动添加的密钥）</translation>
    </message>
    <message>
        <source>Usage: onewindowctl report kpi --from YYYY-MM-DD --to YYYY-MM-DD [--as-of YYYY-MM-DD] [--csv]</source>
        <translation>用法：onewindowctl report kpi --from YYYY-MM-DD --to YYYY-MM-DD [--as-of YYYY-MM-DD] [--csv]</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>请给出统计期间的第一天和最后一天。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; type dates as 2026-11-01.</source>
        <translation>“%1”不是日期；日期请按 2026-11-01 的格式输入。</translation>
    </message>
    <message>
        <source>The key&apos;s last valid day, as the catalog authority announced it.</source>
        <translation>密钥的最后有效日期，以目录发布机构公布的为准。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2027-12-31.</source>
        <translation>“%1”不是日期，请按 2027-12-31 的格式填写。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust add-publisher KEY_ID PEM_FILE [--valid-until DATE]</source>
        <translation>用法：onewindowctl trust add-publisher 密钥标识 PEM文件 [--valid-until 日期]</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>page size: %1 bytes</source>
        <translation>页大小：%1 字节</translation>
    </message>
    <message>
        <source>Use either --require-ocsp or --no-ocsp-stapling.</source>
        <translation>请只使用 --require-ocsp 或 --no-ocsp-stapling 其中之一。</translation>
    </message>
    <message>
        <source>removed: catalogs signed with publisher key %1 are refused from now on; the active catalog stays.</source>
        <translation>已移除：今后将拒绝由发布方密钥 %1 签名的目录；当前生效的目录保持不变。</translation>
    </message>
    <message>
        <source>removed: e-certificates signed with issuer key %1 no longer verify as genuine.</source>
        <translation>已移除：由签发方密钥 %1 签名的电子证照将不再验证为真实。</translation>
    </message>
    <message>
        <source>Go on? [y/N] </source>
        <translation>是否继续？[y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>&quot;terminal init&quot; takes no arguments; the folder is given with --data-dir.</source>
        <translation>“terminal init”不带参数；数据文件夹用 --data-dir 指定。</translation>
    </message>
    <message>
        <source>%1 already holds a OneWindow terminal; nothing was changed.</source>
        <translation>%1 中已有一窗通终端，未作任何更改。</translation>
    </message>
    <message>
        <source>A new OneWindow terminal was set up in %1 (database and data key). Next: trust the catalog publisher and import a catalog.</source>
        <translation>已在 %1 中建立新的一窗通终端（数据库和数据密钥）。下一步：信任目录发布方密钥并导入目录。</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in until unlocked.</source>
        <translation>%1 在解锁之前将无法登录。</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again.</source>
        <translation>%1 将可以重新登录。</translation>
    </message>
    <message>
        <source>dry run: %1 Nothing was changed.</source>
        <translation>试运行：%1 未作任何更改。</translation>
    </message>
    <message>
        <source>note: this catalog is older than catalog %1 (issued %2), which was active; applied as asked (--allow-older) and audited.</source>
        <translation>注意：此目录比原生效的目录 %1（发布于 %2）旧；已按要求（--allow-older）应用并记入审计日志。</translation>
    </message>
    <message>
        <source>note: this catalog is older than the active catalog %1 (issued %2); it is applied only with --allow-older.</source>
        <translation>注意：此目录比当前生效的目录 %1（发布于 %2）旧；只有加上 --allow-older 才会应用。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run] [--allow-older]; &quot;%1&quot; is not understood.</source>
        <translation>用法：onewindowctl catalog import 文件 [--signature 文件.sig] [--dry-run] [--allow-older]；无法理解“%1”。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog import FILE [--signature FILE.sig] [--dry-run] [--allow-older]</source>
        <translation>用法：onewindowctl catalog import 文件 [--signature 文件.sig] [--dry-run] [--allow-older]</translation>
    </message>
    <message>
        <source>&quot;catalog versions&quot; takes no arguments but --json.</source>
        <translation>“catalog versions”除 --json 外不带参数。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl catalog rollback VERSION [--dry-run], with a version number from &quot;onewindowctl catalog versions&quot;.</source>
        <translation>用法：onewindowctl catalog rollback 版本号 [--dry-run]，版本号见“onewindowctl catalog versions”。</translation>
    </message>
    <message>
        <source>dry run: version %1 (catalog %2, %3 items) can be made active again; nothing was changed</source>
        <translation>试运行：版本 %1（目录 %2，%3 个事项）可以重新启用；未作任何更改</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust revoke KEY_ID CERT_NUMBER [--dry-run]</source>
        <translation>用法：onewindowctl trust revoke 密钥标识 证照编号 [--dry-run]</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust unrevoke KEY_ID CERT_NUMBER [--dry-run]</source>
        <translation>用法：onewindowctl trust unrevoke 密钥标识 证照编号 [--dry-run]</translation>
    </message>
    <message>
        <source>That certificate of issuer &quot;%1&quot; is not revoked here.</source>
        <translation>签发方“%1”的这张证照在本终端未被吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 will verify as revoked on this terminal.</source>
        <translation>签发方密钥 %2 的证照 %1 在本终端将核验为已吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 will verify as genuine again on this terminal.</source>
        <translation>签发方密钥 %2 的证照 %1 在本终端将重新核验为真实有效。</translation>
    </message>
    <message>
        <source>revoked: %1</source>
        <translation>已吊销：%1</translation>
    </message>
    <message>
        <source>revocation lifted: %1</source>
        <translation>已解除吊销：%1</translation>
    </message>
    <message>
        <source>No publisher key &quot;%1&quot; is trusted here.</source>
        <translation>本终端未信任发布方密钥“%1”。</translation>
    </message>
    <message>
        <source>No issuer key &quot;%1&quot; is trusted here.</source>
        <translation>本终端未信任签发方密钥“%1”。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust remove-publisher KEY_ID [--dry-run]</source>
        <translation>用法：onewindowctl trust remove-publisher 密钥标识 [--dry-run]</translation>
    </message>
    <message>
        <source>Catalogs signed with publisher key %1 will be refused, and the versions it signed can no longer be rolled back to; the active catalog stays.</source>
        <translation>用发布方密钥 %1 签名的目录将被拒绝，其签名的版本也不能再回退；当前生效的目录保留。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust remove-issuer KEY_ID [--dry-run]</source>
        <translation>用法：onewindowctl trust remove-issuer 密钥标识 [--dry-run]</translation>
    </message>
    <message>
        <source>E-certificates signed with issuer key %1 will no longer verify as genuine on this terminal.</source>
        <translation>用签发方密钥 %1 签发的电子证照在本终端将不再核验为真实。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust list [--json]</source>
        <translation>用法：onewindowctl trust list [--json]</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>%1 items added, %2 removed, %3 changed.</source>
        <translation>新增 %1 个事项，删除 %2 个，变更 %3 个。</translation>
    </message>
    <message>
        <source>Catalog %1 (%2 items) becomes the active catalog:</source>
        <translation>目录 %1（%2 个事项）将成为生效目录：</translation>
    </message>
    <message>
        <source>Version %1 (catalog %2, %3 items) becomes the active catalog:</source>
        <translation>版本 %1（目录 %2，%3 个事项）将成为生效目录：</translation>
    </message>
    <message>
        <source>… and %1 more (--verbose lists every item)</source>
        <translation>……另有 %1 项（加 --verbose 列出全部事项）</translation>
    </message>
    <message>
        <source>writing items: %1 of %2 (%3%)</source>
        <translation>正在写入事项：%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1 will not be able to sign in; the account stays in the list and the audit log, and can be reactivated.</source>
        <translation>%1 将无法登录；账号仍保留在列表和审计日志中，可以重新启用。</translation>
    </message>
    <message>
        <source>%1 will be able to sign in again (unless locked).</source>
        <translation>%1 将可以再次登录（除非账号被锁定）。</translation>
    </message>
    <message>
        <source>deactivated %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <source>reactivated %1</source>
        <translation>已重新启用 %1</translation>
    </message>
    <message>
        <source>cleared the real name of %1</source>
        <translation>已清除 %1 的姓名</translation>
    </message>
    <message>
        <source>recorded the real name of %1</source>
        <translation>已记录 %1 的姓名</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Usage: onewindowctl trust refresh [--json]</source>
        <translation>用法：onewindowctl trust refresh [--json]</translation>
    </message>
    <message>
        <source>trust list version %1 fetched %2: %3 issuer key(s), %4 revocation(s).</source>
        <translation>信任列表版本 %1，获取于 %2：%3 个签发机构密钥，%4 条吊销。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl settings set-town-hall NAME [--dry-run] [--json]</source>
        <translation>用法：onewindowctl settings set-town-hall 名称 [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>The town hall is already &quot;%1&quot;; nothing was changed.</source>
        <translation>政务服务中心名称已是“%1”，未作任何更改。</translation>
    </message>
    <message>
        <source>dry run: receipts and notices would name &quot;%1&quot; (now: %2). Nothing was changed.</source>
        <translation>试运行：回执和通知书将印“%1”（现为：%2）。未作任何更改。</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Receipts and notices name &quot;%1&quot; from now on.</source>
        <translation>从现在起回执和通知书印“%1”。</translation>
    </message>
</context>
<context>
    <name>DataDirectory</name>
    <message>
        <source>No data directory was given. Pass a folder with --data-dir.</source>
        <translation>未指定数据目录。请用 --data-dir 指定一个文件夹。</translation>
    </message>
    <message>
        <source>The data directory %1 is a file, not a folder. Choose a folder with --data-dir.</source>
        <translation>数据目录 %1 是一个文件而不是文件夹。请用 --data-dir 指定一个文件夹。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created. Choose another folder with --data-dir, or give this user write access to its parent.</source>
        <translation>无法创建数据目录 %1。请用 --data-dir 另选文件夹，或给当前用户其上级目录的写权限。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be written. Choose another folder with --data-dir, or give this user write access to it.</source>
        <translation>数据目录 %1 无法写入。请用 --data-dir 另选文件夹，或给当前用户该目录的写权限。</translation>
    </message>
    <message>
        <source>The folder %1 holds no OneWindow terminal. Check --data-dir; a new terminal is set up with &quot;onewindowctl terminal init&quot;.</source>
        <translation>文件夹 %1 中没有一窗通终端。请检查 --data-dir；新终端用“onewindowctl terminal init”建立。</translation>
    </message>
    <message>
        <source>There is no folder %1. Check --data-dir; a new terminal is set up with &quot;onewindowctl terminal init&quot;.</source>
        <translation>文件夹 %1 不存在。请检查 --data-dir；新终端用“onewindowctl terminal init”建立。</translation>
    </message>
</context>
<context>
    <name>DataKeys</name>
    <message>
        <source>The data key file %1 is missing, but this database holds data encrypted with it. OneWindow will not make a new key, because that would make the existing data unreadable. Restore the key file from the terminal&apos;s backup.</source>
        <translation>数据密钥文件 %1 不存在，但本数据库中有用它加密的数据。OneWindow 不会新建密钥，否则已有数据将无法读取。请从终端备份中恢复密钥文件。</translation>
    </message>
    <message>
        <source>The system could not supply random numbers for a new data key. Restart the terminal; if this persists, call support.</source>
        <translation>系统无法为新数据密钥提供随机数。请重启终端；如仍出现，请联系技术支持。</translation>
    </message>
    <message>
        <source>The data key %1 is not a plain file. Replace it with the key file from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 不是普通文件。请用终端备份中的密钥文件替换它。</translation>
    </message>
    <message>
        <source>The data key %1 may be read by other users of this computer. OneWindow will not use it. Make it private with &quot;chmod 600 %1&quot; (owned by the user that runs OneWindow), and check who may have copied it.</source>
        <translation>数据密钥 %1 可能被本机其他用户读取，OneWindow 不会使用它。请用“chmod 600 %1”将其设为私有（属主为运行 OneWindow 的用户），并核查谁可能复制过它。</translation>
    </message>
    <message>
        <source>The data key %1 cannot be read (%2).</source>
        <translation>数据密钥 %1 无法读取（%2）。</translation>
    </message>
    <message>
        <source>The data key %1 is damaged. Restore it from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 已损坏。请从终端备份中恢复。</translation>
    </message>
    <message>
        <source>The data key %1 cannot be written. Check that the data directory is writable and the disk is not full.</source>
        <translation>数据密钥 %1 无法写入。请检查数据目录是否可写、磁盘是否已满。</translation>
    </message>
    <message>
        <source>The data key %1 does not belong to this database (it may come from another terminal). Restore this terminal&apos;s own key file from its backup.</source>
        <translation>数据密钥 %1 不属于本数据库（可能来自其他终端）。请从备份中恢复本终端自己的密钥文件。</translation>
    </message>
    <message>
        <source>The data key %1 lacks a key that data in this database was encrypted with. Restore the complete key file from the terminal&apos;s backup.</source>
        <translation>数据密钥 %1 缺少本数据库中数据加密所用的密钥。请从终端备份中恢复完整的密钥文件。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 is not a OneWindow database. Nothing was changed. Move the file away, or start OneWindow with another --data-dir.</source>
        <translation>文件 %1 不是一窗通数据库，未做任何改动。请移走该文件，或用 --data-dir 另选目录启动。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check that this user may read and write it.</source>
        <translation>无法打开数据库 %1（%2）。请检查当前用户是否有读写权限。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was changed. Restore it from a backup, or move it away to start a new one.</source>
        <translation>数据库 %1 已损坏（%2），未做任何改动。请从备份恢复，或将其移走后新建。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read (%2). Check that this user may read and write it.</source>
        <translation>无法读取数据库 %1（%2）。请检查当前用户是否有读写权限。</translation>
    </message>
    <message>
        <source>The database %1 cannot be configured (%2). Check that this user may write to it and to its folder.</source>
        <translation>无法设置数据库 %1（%2）。请检查当前用户对该文件及其目录是否有写权限。</translation>
    </message>
    <message>
        <source>The database setting &quot;%1&quot; is not in effect on %2, so cases could be lost. OneWindow will not run this way; put the data directory on a local disk.</source>
        <translation>数据库设置“%1”在 %2 上未生效，办件数据可能丢失，一窗通不能这样运行。请将数据目录放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database driver is not SQLite; OneWindow cannot run this way.</source>
        <translation>数据库驱动不是 SQLite，一窗通无法运行。</translation>
    </message>
    <message>
        <source>A database step failed: %1</source>
        <translation>数据库操作失败：%1</translation>
    </message>
    <message>
        <source>The database could not complete &quot;%1&quot;: %2</source>
        <translation>数据库无法完成“%1”：%2</translation>
    </message>
    <message>
        <source>The database %1 is already open in this program. Use the connection it has (a worker thread asks it for one); a second opening would drop the locks that keep other programs from deleting its journal.</source>
        <translation>数据库 %1 已在本程序中打开。请使用已有的连接（工作线程向其申请连接）；再次打开会释放防止其他程序删除日志文件的锁。</translation>
    </message>
    <message>
        <source>The database %1 cannot be written by this user. Nothing was changed. Run OneWindow as the terminal&apos;s user, or give that user read and write permission on the file.</source>
        <translation>当前用户无法写入数据库 %1。未做任何更改。请以终端的运行用户身份运行 OneWindow，或为该用户授予此文件的读写权限。</translation>
    </message>
    <message>
        <source>There is no space left on the disk that holds %1 (%2 free). Nothing was saved. Free some space on that disk (old files, logs), or ask the terminal&apos;s administrator; what is stored can still be looked at.</source>
        <translation>存放 %1 的磁盘已没有剩余空间（剩余 %2）。未保存任何内容。请清理该磁盘（旧文件、日志）或联系终端管理员；已保存的内容仍可查看。</translation>
    </message>
    <message>
        <source>Another OneWindow program kept the database busy for more than %1 seconds, so &quot;%2&quot; was not done. Try again in a moment; if this keeps happening, check that no onewindowctl command is still running on this terminal&apos;s data folder.</source>
        <translation>另一个 OneWindow 程序占用数据库超过 %1 秒，因此“%2”未能完成。请稍后重试；如果反复出现，请检查是否仍有 onewindowctl 命令在使用本终端的数据文件夹。</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>A new page could not be started. Check the printer.</source>
        <translation>无法开始新的一页。请检查打印机。</translation>
    </message>
    <message>
        <source>The document could not be drawn on the printer or PDF file. Check that the printer is on and has paper, then try again.</source>
        <translation>无法将文档输出到打印机或 PDF 文件。请检查打印机已开机且有纸，然后重试。</translation>
    </message>
    <message>
        <source>The document has nothing to print.</source>
        <translation>文档没有可打印的内容。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1 (%2). Check that the folder exists and has free space.</source>
        <translation>无法将 PDF 保存到 %1（%2）。请检查该文件夹存在且有剩余空间。</translation>
    </message>
</context>
<context>
    <name>EnvelopeParser</name>
    <message>
        <source>The certificate envelope is damaged: &quot;%1&quot; is missing or not what the format says. Ask the issuing authority for a new copy.</source>
        <translation>证照信封已损坏：“%1”缺失或不符合格式要求。请向发证机关重新获取。</translation>
    </message>
    <message>
        <source>The signed certificate data has no valid &quot;%1&quot;. The issuer made a faulty certificate; ask them to issue it again.</source>
        <translation>已签名的证照数据中没有有效的“%1”。发证机关签发的证照有误，请要求其重新签发。</translation>
    </message>
    <message>
        <source>This is not an e-certificate envelope (a JSON object with &quot;format&quot;: &quot;onewindow-ecert&quot;). Check that you chose the right file.</source>
        <translation>这不是电子证照信封（应为含 &quot;format&quot;: &quot;onewindow-ecert&quot; 的 JSON 对象）。请检查是否选对了文件。</translation>
    </message>
    <message>
        <source>The certificate envelope has a format version this terminal does not know. Update OneWindow or ask the issuer for a version 1 envelope.</source>
        <translation>证照信封的格式版本本终端无法识别。请升级一窗通，或向发证机关索取第 1 版信封。</translation>
    </message>
    <message>
        <source>The certificate&apos;s &quot;%1&quot; is not valid base64: the envelope was damaged on the way. Ask the issuing authority for a new copy.</source>
        <translation>证照的“%1”不是有效的 base64：信封在传输中已损坏。请向发证机关重新获取。</translation>
    </message>
    <message>
        <source>The signed certificate data is not a JSON object. The issuer made a faulty certificate; ask them to issue it again.</source>
        <translation>已签名的证照数据不是 JSON 对象。发证机关签发的证照有误，请要求其重新签发。</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <source>The hall&apos;s events feed is malformed (%1); the terminal keeps its place and tries again later. Tell the hall operator if this stays.</source>
        <translation>网上办事大厅的事件流格式有误（%1）；终端保留当前位置，稍后重试。如持续出现，请告知大厅运维人员。</translation>
    </message>
    <message>
        <source>The hall&apos;s events feed went backwards (from %1 to %2); the terminal keeps its place. Tell the hall operator.</source>
        <translation>办事大厅的事件流倒退了（从 %1 到 %2），终端保持当前位置。请告知办事大厅运维人员。</translation>
    </message>
</context>
<context>
    <name>FieldCipher</name>
    <message>
        <source>Personal data could not be encrypted, so it was not saved. Restart the terminal; if this persists, call support.</source>
        <translation>个人数据无法加密，因此未保存。请重启终端；如仍出现，请联系技术支持。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 is not in OneWindow&apos;s encrypted form; the database was changed outside OneWindow.</source>
        <translation>%1.%2 中存储的值不是 OneWindow 的加密格式：数据库曾在 OneWindow 之外被修改。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 needs data key %3, which the key file does not have. Restore the complete key file from the terminal&apos;s backup.</source>
        <translation>%1.%2 中存储的值需要数据密钥 %3，而密钥文件中没有。请从终端备份中恢复完整的密钥文件。</translation>
    </message>
    <message>
        <source>A stored value in %1.%2 fails its integrity check: it was changed or moved outside OneWindow. It is not shown.</source>
        <translation>%1.%2 中存储的值未通过完整性校验：它在 OneWindow 之外被修改或移动过，不予显示。</translation>
    </message>
</context>
<context>
    <name>FigureText</name>
    <message>
        <source>no figure</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Type the dates as 2026-11-01.</source>
        <translation>请按 2026-11-01 的格式输入日期。</translation>
    </message>
    <message>
        <source>The period must start before it ends.</source>
        <translation>开始日期须早于结束日期。</translation>
    </message>
    <message>
        <source>Choose a period of at most one year.</source>
        <translation>统计期间最长一年。</translation>
    </message>
    <message>
        <source>The figures could not be saved in %1: the folder cannot be written or the disk is full. Choose another folder, or free some space.</source>
        <translation>数据无法保存到 %1：该文件夹不可写入或磁盘已满。请选择其他文件夹，或清理磁盘空间。</translation>
    </message>
</context>
<context>
    <name>FileProblem</name>
    <message>
        <source>there is no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this terminal may not read it</source>
        <translation>本终端无权读取该文件</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>the folder %1 is not there</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>this terminal may not write in %1</source>
        <translation>本终端无权写入 %1</translation>
    </message>
    <message>
        <source>%1 can only be read</source>
        <translation>%1 只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>无法写入</translation>
    </message>
</context>
<context>
    <name>FormFieldCheck</name>
    <message>
        <source>Please fill in &quot;%1&quot;.</source>
        <translation>请填写“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can have at most %2 characters; please shorten it.</source>
        <translation>“%1”最多 %2 个字，请精简。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a number, such as 3 or 12.5.</source>
        <translation>“%1”请填写数字，例如 3 或 12.5。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes a date written as year-month-day, such as 2026-03-15.</source>
        <translation>“%1”请按“年-月-日”填写日期，例如 2026-03-15。</translation>
    </message>
    <message>
        <source>The date in &quot;%1&quot; is not possible; please check the year.</source>
        <translation>“%1”中的日期不可能，请检查年份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a mobile number of 11 digits starting with 1, or a landline with its area code (020-12345678).</source>
        <translation>“%1”请填写以 1 开头的 11 位手机号码，或带区号的固定电话（020-12345678）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an e-mail address such as name@example.com.</source>
        <translation>“%1”请填写电子邮箱，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Please choose one of the options for &quot;%1&quot;.</source>
        <translation>请为“%1”选择一个选项。</translation>
    </message>
    <message>
        <source>Please answer &quot;%1&quot; with yes or no.</source>
        <translation>请对“%1”选择“是”或“否”。</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has a type this terminal does not know; please apply at the window.</source>
        <translation>本终端无法填写“%1”这一项，请到窗口办理。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: digits, and X only as the last one.</source>
        <translation>身份证号码共 18 位：均为数字，只有最后一位可以是 X。</translation>
    </message>
    <message>
        <source>A phone number has only digits.</source>
        <translation>电话号码只能是数字。</translation>
    </message>
    <message>
        <source>Please confirm &quot;%1&quot;: the application cannot be made without it.</source>
        <translation>请确认“%1”：未作此承诺，申请无法提交。</translation>
    </message>
</context>
<context>
    <name>FormFieldEditor</name>
    <message>
        <source> (required)</source>
        <translation>（必填）</translation>
    </message>
    <message>
        <source> · asked once for several services</source>
        <translation> · 多个事项共用，只填一次</translation>
    </message>
    <message>
        <source>Filled in for you, %1. It cannot be changed here.</source>
        <translation>已为您自动填写（%1），此处不可修改。</translation>
    </message>
    <message>
        <source>year-month-day, e.g. 2026-03-15</source>
        <translation>年-月-日，例如 2026-03-15</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HallHealth</name>
    <message>
        <source>The hall&apos;s health answer is malformed (%1). Check the hall address.</source>
        <translation>网上办事大厅的健康检查答复格式有误（%1）。请检查大厅地址。</translation>
    </message>
</context>
<context>
    <name>HallSettings</name>
    <message>
        <source>No online service hall is configured. Set its address with onewindowctl terminal enroll --url https://… or in the admin view.</source>
        <translation>尚未配置网上办事大厅。请用 onewindowctl terminal enroll --url https://… 或在管理界面中设置其地址。</translation>
    </message>
    <message>
        <source>The hall address %1 is not https. The hall is only reached over TLS.</source>
        <translation>办事大厅地址 %1 不是 https。只能通过 TLS 访问办事大厅。</translation>
    </message>
    <message>
        <source>hall CA certificate</source>
        <translation>办事大厅 CA 证书</translation>
    </message>
    <message>
        <source>terminal certificate</source>
        <translation>终端证书</translation>
    </message>
    <message>
        <source>terminal private key</source>
        <translation>终端私钥</translation>
    </message>
    <message>
        <source>The %1 is missing (%2). Enrol the terminal with onewindowctl terminal enroll.</source>
        <translation>%1缺失（%2）。请用 onewindowctl terminal enroll 登记终端。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The hall timeout must be between 1 and 300 seconds.</source>
        <translation>办事大厅超时时间须在 1 至 300 秒之间。</translation>
    </message>
</context>
<context>
    <name>HealthDesk</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 free of %2 in %3</source>
        <translation>%3：可用 %1，共 %2</translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1（数据结构版本 %2）</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>有效期至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Resident ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation>社保卡读卡器</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>二维码扫描器</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>文书打印机</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>This event is no longer set aside.</source>
        <translation>此事件已不在搁置列表中。</translation>
    </message>
    <message>
        <source>The event is back in the queue and is sent now.</source>
        <translation>事件已重新排队，正在发送。</translation>
    </message>
    <message>
        <source>The database is intact (checked %1).</source>
        <translation>数据库完好（检查时间 %1）。</translation>
    </message>
    <message>
        <source>The database is damaged: %1. Restore it from a backup.</source>
        <translation>数据库已损坏：%1。请从备份恢复。</translation>
    </message>
    <message>
        <source>set, but not running: check the setting, then restart the terminal</source>
        <translation>已设置但未运行：请检查设置，然后重启终端</translation>
    </message>
    <message>
        <source>%1. Started from the command line; nothing is saved for it.</source>
        <translation>%1。由命令行启动；设置中未保存此项。</translation>
    </message>
    <message>
        <source>%1. The saved setting &quot;%2&quot; is used from the next start.</source>
        <translation>%1。已保存的设置“%2”将在下次启动时生效。</translation>
    </message>
    <message numerus="yes">
        <source>The online service hall cannot be reached: %n event(s) wait to be sent.</source>
        <translation>
            <numerusform>无法连接网上办事大厅：%n 个事件等待发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hall set aside %n event(s); fix the cause, then send again.</source>
        <translation>
            <numerusform>大厅搁置了 %n 个事件；请排除原因后重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is nearly full: %1.</source>
        <translation>磁盘即将写满：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <source>Everything is in order.</source>
        <translation>一切正常。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) need your attention.</source>
        <translation>
            <numerusform>有 %n 项需要您处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>重新查看</translation>
    </message>
    <message>
        <source>Sync with the online service hall</source>
        <translation>与网上办事大厅同步</translation>
    </message>
    <message>
        <source>Hall connection</source>
        <translation>大厅连接</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline: cases wait in the queue</source>
        <translation>离线：办件在队列中等待</translation>
    </message>
    <message>
        <source>not enrolled: this terminal works offline</source>
        <translation>未登记：本终端离线工作</translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation>待发送事件</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>最近一次成功同步</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近一次错误</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set aside by the hall (%1): fix the cause, then send again</source>
        <translation>被大厅搁置（%1）：排除原因后重新发送</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>完整性</translation>
    </message>
    <message>
        <source>not checked since OneWindow started</source>
        <translation>一窗通启动以来未检查</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即检查</translation>
    </message>
    <message>
        <source>Certificates (warned %1 days ahead)</source>
        <translation>证书（提前 %1 天提醒）</translation>
    </message>
    <message>
        <source>No hall certificates are configured.</source>
        <translation>未配置大厅证书。</translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>Nothing was entered. Enter an 18-character ID number or credit code.</source>
        <translation>未输入内容。请输入 18 位身份证号码或信用代码。</translation>
    </message>
    <message>
        <source>This has %1 characters; a resident ID number has 18 (15 in the old form) and a unified social credit code has 18.</source>
        <translation>输入了 %1 个字符；居民身份证号码为 18 位（旧式为 15 位），统一社会信用代码为 18 位。</translation>
    </message>
    <message>
        <source>resident ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>resident ID number (old 15-digit form)</source>
        <translation>居民身份证号码（旧式 15 位）</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>neither a resident ID number nor a credit code</source>
        <translation>既不是居民身份证号码，也不是信用代码</translation>
    </message>
</context>
<context>
    <name>IdentifyPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Please identify yourself</source>
        <translation>请核验身份</translation>
    </message>
    <message>
        <source>Place your resident ID card on the reader below the screen. Keep it there until you finish.</source>
        <translation>请把居民身份证放在屏幕下方的读卡器上，办理结束前请不要取走。</translation>
    </message>
    <message>
        <source>The ID card reader is not available. Please type your ID number and name.</source>
        <translation>读卡器暂不可用，请输入身份证号码和姓名。</translation>
    </message>
    <message>
        <source>Or type them in:</source>
        <translation>或者手动输入：</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>As printed on the ID card</source>
        <translation>与身份证上一致</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Your ID number is used only for this visit and is shown masked. Tap &quot;Show&quot; to check what you typed.</source>
        <translation>您的身份证号码只用于本次办理，并以遮挡方式显示。点“显示”可核对输入内容。</translation>
    </message>
</context>
<context>
    <name>IdentityCheckPanel</name>
    <message>
        <source>The records of the person you apply for are shown only with their ID card on the reader.</source>
        <translation>被代办人的记录只有在其身份证放在读卡器上时才会显示。</translation>
    </message>
    <message>
        <source>To see your records, put your ID card on the reader, or let the camera check that it is you. A typed ID number alone is enough to apply for a service.</source>
        <translation>如需查看您的记录，请将身份证放在读卡器上，或通过摄像头进行人脸核验。仅输入身份证号码即可申请办理事项。</translation>
    </message>
    <message>
        <source>Checking… please look at the camera</source>
        <translation>正在核验……请看向摄像头</translation>
    </message>
    <message>
        <source>Check with the camera</source>
        <translation>刷脸核验</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy the session ends in %n second(s) and everything you entered is forgotten.</source>
        <translation>
            <numerusform>为保护您的隐私，%n 秒后将结束本次办理并清除您输入的全部信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n 件超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>All service items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Service item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>最紧急的在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早申报的在前</translation>
    </message>
    <message>
        <source>By service item</source>
        <translation>按事项</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>No cases here.</source>
        <translation>暂无办件。</translation>
    </message>
</context>
<context>
    <name>InsuranceCard</name>
    <message>
        <source>Insured in %1 since %2</source>
        <translation>参保地：%1，自 %2 起</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) paid</source>
        <translation>
            <numerusform>已缴费 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>longest gap: %1</source>
        <translation>最长中断：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing in the last 12 months</source>
        <translation>
            <numerusform>最近 12 个月中缺缴 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
</context>
<context>
    <name>KioskFooter</name>
    <message>
        <source>Need help? Ask at the service window or call 12345</source>
        <translation>需要帮助？请咨询服务窗口或拨打 12345</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 件申请待报送</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>One-window Government Services</source>
        <translation>一门式政务服务</translation>
    </message>
    <message>
        <source>Guangdong Online Service Hall · self-service terminal</source>
        <translation>广东政务服务网 · 自助服务终端</translation>
    </message>
    <message>
        <source>Switch language to %1</source>
        <translation>切换语言为%1</translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
</context>
<context>
    <name>KioskHomePage</name>
    <message>
        <source>Hello! What would you like to do today?</source>
        <translation>您好！请问今天要办理什么业务？</translation>
    </message>
    <message>
        <source>Touch one of the large buttons below. Staff at the service window are happy to help.</source>
        <translation>请点击下方的大按钮。如有需要，服务窗口工作人员乐意为您帮忙。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>办事</translation>
    </message>
    <message>
        <source>Apply for one or several services with one form</source>
        <translation>一张表单，办理一项或多项事项</translation>
    </message>
    <message>
        <source>Track progress</source>
        <translation>进度查询</translation>
    </message>
    <message>
        <source>Scan your receipt or type its number</source>
        <translation>扫描回执二维码或输入回执编号</translation>
    </message>
    <message>
        <source>E-certificates</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>Look up, verify and print your e-certificates</source>
        <translation>查询、核验、打印您的电子证照</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>社保查询</translation>
    </message>
    <message>
        <source>Contributions, statements and pension certification</source>
        <translation>缴费记录、参保证明、养老资格认证</translation>
    </message>
    <message>
        <source>Please take your card from the reader.</source>
        <translation>请取走读卡器上的证件。</translation>
    </message>
</context>
<context>
    <name>KpiDesk</name>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>尚无可导出的数据。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>The period runs past today: the figures go up to today, %1.</source>
        <translation>统计期间超过今天：数据截至今天（%1）。</translation>
    </message>
    <message>
        <source>This terminal&apos;s export folder</source>
        <translation>本终端导出文件夹</translation>
    </message>
    <message>
        <source>USB stick %1</source>
        <translation>U 盘 %1</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>filed cases of items done wholly online</source>
        <translation>可全程网办事项的申办件占比</translation>
    </message>
    <message>
        <source>filed cases applied for online</source>
        <translation>网上申办的办件占比</translation>
    </message>
    <message>
        <source>completed cases finished online</source>
        <translation>网上办结的办件占比</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>申办件数</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>On-time rate (按时办结率)</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>平均办理工作日</translation>
    </message>
    <message>
        <source>Cases filed per day</source>
        <translation>每日申报件数</translation>
    </message>
    <message>
        <source>Cases per item</source>
        <translation>各事项办件量</translation>
    </message>
    <message>
        <source>%1 filed</source>
        <translation>申办 %1 件</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>办结 %1 件</translation>
    </message>
    <message>
        <source>No case was filed or completed in this period.</source>
        <translation>本期间没有申办或办结的办件。</translation>
    </message>
    <message>
        <source>Full-process online handling rate</source>
        <translation>全流程网上办理率</translation>
    </message>
    <message>
        <source>Online application rate</source>
        <translation>上网办理率</translation>
    </message>
    <message>
        <source>Online completion rate</source>
        <translation>网上办结率</translation>
    </message>
    <message>
        <source>Average visits per completed case</source>
        <translation>平均跑动次数（每件办结件）</translation>
    </message>
    <message>
        <source>to file, hand in corrections and collect</source>
        <translation>申办、提交补正材料和领取</translation>
    </message>
    <message>
        <source>Ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Save the CSV in</source>
        <translation>CSV 保存到</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>重新查找 U 盘</translation>
    </message>
    <message>
        <source>Day of filing</source>
        <translation>申报日期</translation>
    </message>
</context>
<context>
    <name>KpiReport</name>
    <message>
        <source>Full-process online handling rate</source>
        <translation>全流程网上办理率</translation>
    </message>
    <message>
        <source>Online application rate</source>
        <translation>上网办理率</translation>
    </message>
    <message>
        <source>Online completion rate</source>
        <translation>网上办结率</translation>
    </message>
    <message>
        <source>Average visits per completed case</source>
        <translation>平均跑动次数（每件办结件）</translation>
    </message>
    <message>
        <source>KPI report</source>
        <translation>绩效指标报告</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日</translation>
    </message>
    <message>
        <source>Three rates and one number</source>
        <translation>三率一数</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结数</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>平均办理工作日</translation>
    </message>
    <message>
        <source>Cases without calendar</source>
        <translation>缺少日历的办件</translation>
    </message>
    <message>
        <source>Cases per item</source>
        <translation>各事项办件量</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>KPI report from %1 to %2, as of %3</source>
        <translation>绩效指标报告：%1 至 %2（截至 %3）</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>申办件数</translation>
    </message>
    <message>
        <source>Cases completed</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <source>On-time completion rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average working days to complete</source>
        <translation>平均办结用时（工作日）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Cases per item (filed, completed)</source>
        <translation>各事项办件量（申办，办结）</translation>
    </message>
    <message>
        <source>The period begins on %1, after today (%2): there are no figures for it yet.</source>
        <translation>统计期间从 %1 开始，晚于今天（%2）：尚无数据。</translation>
    </message>
    <message>
        <source>The period runs past today: the figures go up to %1.</source>
        <translation>统计期间超过今天：数据截至 %1。</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>OneWindow government service terminal</source>
        <translation>一窗通政务服务终端</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>What this terminal shows: kiosk, backoffice or admin.</source>
        <translation>终端显示的界面：kiosk（自助）、backoffice（后台）或 admin（管理）。</translation>
    </message>
    <message>
        <source>Folder for the database and keys.</source>
        <translation>存放数据库和密钥的文件夹。</translation>
    </message>
    <message>
        <source>Run in a window instead of full screen.</source>
        <translation>以窗口方式运行，而非全屏。</translation>
    </message>
    <message>
        <source>Window size for --windowed, e.g. 1080x1920.</source>
        <translation>--windowed 的窗口大小，例如 1080x1920。</translation>
    </message>
    <message>
        <source>Start language: zh_CN or en.</source>
        <translation>启动语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Start in elderly mode (larger type).</source>
        <translation>以长辈模式（大字体）启动。</translation>
    </message>
    <message>
        <source>Print the milliseconds from start to the first frame, then quit.</source>
        <translation>输出从启动到首帧的毫秒数后退出。</translation>
    </message>
    <message>
        <source>Save the first frame to this PNG file.</source>
        <translation>将首帧保存为此 PNG 文件。</translation>
    </message>
    <message>
        <source>%1. Run onewindow --help to see the options.</source>
        <translation>%1。运行 onewindow --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run onewindow --help to see the options.</source>
        <translation>无法识别的参数“%1”。运行 onewindow --help 查看可用选项。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;. Use --mode kiosk, --mode backoffice or --mode admin.</source>
        <translation>未知模式“%1”。请使用 --mode kiosk、--mode backoffice 或 --mode admin。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Use --language zh_CN or --language en.</source>
        <translation>未知语言“%1”。请使用 --language zh_CN 或 --language en。</translation>
    </message>
    <message>
        <source>The window size &quot;%1&quot; is not of the form 1080x1920.</source>
        <translation>窗口大小“%1”的格式应为 1080x1920。</translation>
    </message>
    <message>
        <source>The ID card reader: file:PATH or socket:NAME for the simulated reader.</source>
        <translation>身份证读卡器：模拟读卡器用 file:路径 或 socket:名称。</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s queue name, or simulated:ready, simulated:out-of-paper or simulated:missing.</source>
        <translation>回执打印机的队列名称，或 simulated:ready、simulated:out-of-paper、simulated:missing。</translation>
    </message>
    <message>
        <source>The QR code scanner: file:PATH or socket:NAME for the simulated scanner.</source>
        <translation>二维码扫描器：模拟扫描器使用 file:路径 或 socket:名称。</translation>
    </message>
    <message>
        <source>The social security card reader: file:PATH or socket:NAME for the simulated reader.</source>
        <translation>社保卡读卡器：模拟读卡器使用 file:路径 或 socket:名称。</translation>
    </message>
    <message>
        <source>Where removable media are mounted, for loading catalogs (default /media, /run/media and /mnt).</source>
        <translation>移动存储的挂载位置，用于加载事项目录（默认 /media、/run/media 和 /mnt）。</translation>
    </message>
</context>
<context>
    <name>LegalClock</name>
    <message>
        <source>The case has no valid filing date or time limit; the clock cannot be read.</source>
        <translation>案件没有有效的申请日期或办理时限，无法计算时限。</translation>
    </message>
    <message>
        <source>An extension is at least one working day.</source>
        <translation>延期至少为一个工作日。</translation>
    </message>
    <message>
        <source>An extension needs a reason that the applicant will be told.</source>
        <translation>延期须说明理由，并告知申请人。</translation>
    </message>
    <message>
        <source>An extension needs a supervisor&apos;s approval.</source>
        <translation>延期须经监督人员批准。</translation>
    </message>
    <message>
        <source>The law allows at most %1 working days of extension for this case; %2 are already granted.</source>
        <translation>依法本案最多可延长 %1 个工作日，已批准延长 %2 个工作日。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>To apply, the terminal needs to know who you are.</source>
        <translation>申办前，终端需要核验您的身份。</translation>
    </message>
    <message>
        <source>Your social security record is personal: the terminal needs to know who you are.</source>
        <translation>社保记录属于个人信息：终端需要先确认您的身份。</translation>
    </message>
    <message>
        <source>Your e-certificates are personal: the terminal needs to know who you are.</source>
        <translation>电子证照属于个人信息，请先核验您的身份。</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) must be handed in on paper at the service window.</source>
        <translation>
            <numerusform>有 %n 份材料需要到服务窗口提交纸质件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to hand in on paper: your e-certificates replace every material.</source>
        <translation>无需提交纸质材料：您的电子证照可代替全部材料。</translation>
    </message>
    <message>
        <source> (if it applies)</source>
        <translation>（如适用）</translation>
    </message>
    <message>
        <source>Attached from your e-certificate: %1</source>
        <translation>已用电子证照提供：%1</translation>
    </message>
    <message>
        <source>Hand in on paper at the window. Your e-certificate cannot be used: %1</source>
        <translation>请到窗口提交纸质材料。您的电子证照不能使用：%1</translation>
    </message>
    <message>
        <source>Hand in on paper at the window.</source>
        <translation>请到窗口提交纸质材料。</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>用于：%1</translation>
    </message>
    <message>
        <source>• %1 (%2), to %3</source>
        <translation>• %1（%2），用于%3</translation>
    </message>
    <message>
        <source>I agree that the data listed above is used for this application only.</source>
        <translation>我同意以上信息仅用于本次申请。</translation>
    </message>
    <message>
        <source>Submit the application</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Personal data used for this application</source>
        <translation>本次申请使用的个人信息</translation>
    </message>
</context>
<context>
    <name>MergedForm</name>
    <message>
        <source>The items %1 and %2 ask for &quot;%3&quot; in different ways, so they cannot be applied for with one form. Apply for them one at a time.</source>
        <translation>事项 %1 和 %2 对“%3”的要求不同，无法合并为一张表，请分别申办。</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) of the form still need attention.</source>
        <translation>
            <numerusform>表单中还有 %n 项需要修改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageTitleBar</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password could not be protected (not enough memory or randomness). Close other programs and try again.</source>
        <translation>无法保护密码（内存或随机数不足）。请关闭其他程序后重试。</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>密码太短：至少使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>密码太长：最多使用 %1 个字符。</translation>
    </message>
    <message>
        <source>The password uses only one kind of character: mix letters with digits or other characters.</source>
        <translation>密码只用了一类字符：请将字母与数字或其他字符混合使用。</translation>
    </message>
    <message>
        <source>The password contains the user name: choose one that does not.</source>
        <translation>密码包含用户名：请另选一个密码。</translation>
    </message>
    <message>
        <source>The password is a well-known one that attackers try first: choose another.</source>
        <translation>这是攻击者最先尝试的常见密码：请另选一个。</translation>
    </message>
</context>
<context>
    <name>PayeePicker</name>
    <message>
        <source>Pay for</source>
        <translation>缴费对象</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>Their ID number (18 characters)</source>
        <translation>对方的身份证号码（18位）</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
</context>
<context>
    <name>PaymentReceipt</name>
    <message>
        <source>There is no receipt for a payment that has not been confirmed.</source>
        <translation>未确认的缴费没有收据。</translation>
    </message>
    <message>
        <source>Contribution receipt %1</source>
        <translation>缴费收据 %1</translation>
    </message>
    <message>
        <source>Resident contribution receipt</source>
        <translation>城乡居民社保缴费收据</translation>
    </message>
    <message>
        <source>Insured</source>
        <translation>参保人</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费人</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>缴费期间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Order number, for questions at the service window</source>
        <translation>订单号，到服务窗口咨询时使用</translation>
    </message>
</context>
<context>
    <name>PensionCertificationPage</name>
    <message>
        <source>Pension certification</source>
        <translation>养老待遇资格认证</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · 身份证号 %2</translation>
    </message>
    <message>
        <source>Last certified</source>
        <translation>上次认证</translation>
    </message>
    <message>
        <source>Next due by</source>
        <translation>下次认证截止</translation>
    </message>
    <message>
        <source>Look at the camera above the screen and tap the button. Only a check value of the photo is sent; the photo is not kept.</source>
        <translation>请看向屏幕上方的摄像头，然后点击按钮。只发送照片的校验值，照片不会保存。</translation>
    </message>
    <message>
        <source>Certifying…</source>
        <translation>正在认证…</translation>
    </message>
    <message>
        <source>Certify now</source>
        <translation>立即认证</translation>
    </message>
</context>
<context>
    <name>PrincipalPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Whom are you applying for?</source>
        <translation>您为谁代办？</translation>
    </message>
    <message>
        <source>Their ID number</source>
        <translation>对方的身份证号码</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>对方的姓名</translation>
    </message>
    <message>
        <source>They have asked me to apply for them and agree that their data is used for it.</source>
        <translation>对方已委托我代办，并同意为此使用其信息。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>PublisherTrust</name>
    <message>
        <source>The publisher key ID &quot;%1&quot; may only use letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (1 to 64 characters); use the publisherKeyId written in the catalog.</source>
        <translation>发布方密钥标识“%1”只能使用字母、数字、“.”、“-”和“_”（1 至 64 个字符）；请使用目录中写明的 publisherKeyId。</translation>
    </message>
    <message>
        <source>The catalog is signed with publisher key &quot;%1&quot;, which this terminal does not trust. Nothing was applied. If the catalog authority confirms this key, install it with &quot;onewindowctl trust add-publisher %1 KEY.pem&quot;.</source>
        <translation>目录由发布方密钥“%1”签名，本终端不信任该密钥，未作任何更改。如目录发布机构确认此密钥，请用“onewindowctl trust add-publisher %1 KEY.pem”安装。</translation>
    </message>
    <message>
        <source>The file names no publisher key (publisherKeyId) that its signature could be checked with, and no trusted key verifies it: it is damaged, cut short or not a signed catalog. Nothing was applied.</source>
        <translation>文件未写明可用于核验签名的发布方密钥（publisherKeyId），且没有任何已信任的密钥能核验它：文件已损坏、不完整或不是已签名的目录。未作任何更改。</translation>
    </message>
    <message>
        <source>The key&apos;s last valid day, %1, has passed: ask the catalog authority for its current key.</source>
        <translation>该密钥的最后有效日期 %1 已过：请向目录发布机构索取其现行密钥。</translation>
    </message>
    <message>
        <source>Publisher key &quot;%1&quot; was valid until %2. Nothing was applied. Install the catalog authority&apos;s current key, then load a catalog signed with it.</source>
        <translation>发布方密钥“%1”的有效期至 %2，未应用任何内容。请安装目录发布机构的现行密钥，再加载用其签名的目录。</translation>
    </message>
</context>
<context>
    <name>PushAnswer</name>
    <message>
        <source>The hall&apos;s answer to a push is malformed (%1); nothing was marked as sent and the events go again.</source>
        <translation>网上办事大厅对推送的答复格式有误（%1）；没有事件被标记为已发送，这些事件将重新发送。</translation>
    </message>
    <message>
        <source>The hall refused this event without saying why.</source>
        <translation>网上办事大厅拒收了此事件，但未说明原因。</translation>
    </message>
    <message>
        <source>The hall refused this event (HTTP %1) without saying why.</source>
        <translation>网上办事大厅拒收了此事件（HTTP %1），但未说明原因。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>无法将截图保存到 %1。</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>没有可放入二维码的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The data (%n bytes) is too long for one QR code at this error-correction level; shorten it or use a lower level.</source>
        <translation>
            <numerusform>数据（%n 字节）过长，无法在此纠错等级下放入一个二维码；请缩短内容或使用较低的纠错等级。</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made (out of memory). Try again; if it keeps failing, restart the terminal.</source>
        <translation>无法生成二维码（内存不足）。请重试；如仍失败，请重启终端。</translation>
    </message>
</context>
<context>
    <name>QtDocumentPrinter</name>
    <message>
        <source>no printer set: documents are kept sealed in %1 (onewindowctl document open writes one out)</source>
        <translation>未设置打印机：文书加密保存在 %1（可用 onewindowctl document open 导出）</translation>
    </message>
    <message>
        <source>There is no printer and the folder %1 for PDF copies cannot be made. Ask the administrator to connect a printer or set a writable folder.</source>
        <translation>没有打印机，且无法创建存放 PDF 副本的文件夹 %1。请联系管理员连接打印机或设置可写的文件夹。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; reports a fault (paper, cover or ink). Ask staff to check it, then try again.</source>
        <translation>打印机“%1”报告故障（纸张、机盖或墨粉）。请工作人员检查后重试。</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; refused the document. Ask staff to check it, then try again.</source>
        <translation>打印机“%1”拒绝了该文档。请工作人员检查后重试。</translation>
    </message>
    <message>
        <source>no printer set: documents are saved as PDF in %1</source>
        <translation>未设置打印机：文书保存为 PDF，位于 %1</translation>
    </message>
    <message>
        <source>no printer set, and PDFs cannot be saved in %1</source>
        <translation>未设置打印机，且无法在 %1 保存 PDF</translation>
    </message>
    <message>
        <source>not found on this machine: documents are saved as PDF until it is back</source>
        <translation>本机未找到该打印机：恢复前文书将保存为 PDF</translation>
    </message>
    <message>
        <source>reports a fault (paper, cover or ink)</source>
        <translation>报告故障（纸张、机盖或墨粉）</translation>
    </message>
    <message>
        <source>stopped: its last job was aborted; check the print queue</source>
        <translation>已停止：上一个打印任务被中止，请检查打印队列</translation>
    </message>
    <message>
        <source>ready, printing now</source>
        <translation>就绪，正在打印</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>RatingFollowUps</name>
    <message>
        <source>Only a supervisor may close the follow-up of a poor rating.</source>
        <translation>只有督查人员可以办结差评整改。</translation>
    </message>
    <message>
        <source>Say what was done about the poor rating before closing its follow-up.</source>
        <translation>请先填写针对该差评采取的整改措施，再办结整改。</translation>
    </message>
    <message>
        <source>The resolution is shown to every supervisor: describe the measure taken, without ID or phone numbers.</source>
        <translation>整改情况对所有督查人员可见：请写明所采取的措施，不要填写身份证号或电话号码。</translation>
    </message>
    <message>
        <source>There is no follow-up for this rating; it may not have been opened yet.</source>
        <translation>该评价没有整改任务，可能尚未生成。</translation>
    </message>
    <message>
        <source>This follow-up was closed on %1 by %2 and stays closed.</source>
        <translation>该整改已于 %1 由 %2 办结，不能再次办结。</translation>
    </message>
</context>
<context>
    <name>ReceiptDocument</name>
    <message>
        <source>Acceptance receipt %1</source>
        <translation>受理回执 %1</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Applied for (with their consent)</source>
        <translation>被代办人（已同意）</translation>
    </message>
    <message>
        <source>Service centre</source>
        <translation>服务中心</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Services applied for</source>
        <translation>申办事项</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>to be confirmed by the service window</source>
        <translation>由服务窗口确认</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>e-certificate (attached by reference)</source>
        <translation>电子证照（引用）</translation>
    </message>
    <message>
        <source>paper, still to be handed in at the window</source>
        <translation>纸质材料，尚需到窗口提交</translation>
    </message>
    <message>
        <source>paper, if it applies</source>
        <translation>纸质材料（如适用）</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>For</source>
        <translation>用于</translation>
    </message>
    <message>
        <source>Provided as</source>
        <translation>提供方式</translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n material(s) on paper. Bring them to the service window; the time limit counts from when everything is complete.</source>
        <translation>
            <numerusform>尚缺 %n 份纸质材料，请送到服务窗口；办理时限自材料齐全之日起计算。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: no paper needs to be handed in.</source>
        <translation>材料齐全，无需提交纸质材料。</translation>
    </message>
    <message>
        <source>Data used from your documents</source>
        <translation>将使用的证照信息</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>领取</translation>
    </message>
    <message>
        <source>Results are collected at the service window where you applied, or sent as you chose in the form. Bring this receipt and your ID card.</source>
        <translation>办理结果在您申请的服务窗口领取，或按表单中选择的方式寄送。领取时请带上本回执和身份证。</translation>
    </message>
    <message>
        <source>Results are collected at %1, or sent as you chose in the form. Bring this receipt and your ID card.</source>
        <translation>办理结果在%1领取，或按表单中选择的方式寄送。领取时请带上本回执和身份证。</translation>
    </message>
    <message>
        <source>Track progress at any OneWindow terminal: scan this code or type %1. Check value %2.</source>
        <translation>可在任一一窗通终端查询进度：扫描此码或输入 %1。校验值 %2。</translation>
    </message>
    <message>
        <source>e-certificate</source>
        <translation>电子证照</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>certificate number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>other details of the certificate</source>
        <translation>证照上的其他信息</translation>
    </message>
    <message>
        <source>the certificate itself, attached by reference</source>
        <translation>证照本身（引用）</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <source>This is not a receipt number. It is printed under the QR code on your receipt, for example GZTH0007-20261123-00427.</source>
        <translation>这不是回执编号。回执编号印在回执二维码下方，例如 GZTH0007-20261123-00427。</translation>
    </message>
    <message>
        <source>No receipt number can be made (today&apos;s %1 numbers are used up, or the terminal id is not set). Ask the administrator.</source>
        <translation>无法生成回执编号（今天的 %1 个编号已用完，或终端编号未设置）。请联系管理员。</translation>
    </message>
    <message>
        <source>This receipt number has a typing error: please check each character against your receipt.</source>
        <translation>回执编号有输入错误，请对照回执逐位核对。</translation>
    </message>
</context>
<context>
    <name>RemovableMedia</name>
    <message>
        <source>The folder %1 is not there any more. If it is a USB stick, put it in again and choose it once more.</source>
        <translation>文件夹 %1 已不存在。如果是 U 盘，请重新插入并再次选择。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>%1 can only be read (the stick may be write-protected). Choose another folder or unlock the stick.</source>
        <translation>%1 只读（U 盘可能处于写保护状态）。请选择其他文件夹，或解除 U 盘写保护。</translation>
    </message>
    <message>
        <source>This terminal may not write in %1. Choose another folder.</source>
        <translation>本终端无权写入 %1。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>ResidentId</name>
    <message>
        <source>No ID number was entered.</source>
        <translation>未输入身份证号码。</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters (15 in the old form); this one has %1. Check that no character is missing or doubled.</source>
        <translation>居民身份证号码为 18 位（旧式为 15 位），此号码为 %1 位。请检查是否漏输或多输了字符。</translation>
    </message>
    <message>
        <source>An old 15-digit ID number has only digits; this one has other characters.</source>
        <translation>旧式 15 位身份证号码只含数字，此号码含有其他字符。</translation>
    </message>
    <message>
        <source>The first 17 characters of an ID number are digits; this one has other characters.</source>
        <translation>身份证号码前 17 位是数字，此号码含有其他字符。</translation>
    </message>
    <message>
        <source>The last character of an ID number is a digit or X; this one ends with another character.</source>
        <translation>身份证号码最后一位是数字或 X，此号码以其他字符结尾。</translation>
    </message>
    <message>
        <source>The first two digits of an ID number are a province code (for example 44 for Guangdong); these are not. Check the first digits.</source>
        <translation>身份证号码前两位是省级代码（如广东为 44），此处不是。请检查开头几位。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 of an ID number are the date of birth (year, month, day); these are not a real date. Check the date digits.</source>
        <translation>身份证号码第 7 至 14 位是出生日期（年、月、日），此处不是有效日期。请检查日期各位。</translation>
    </message>
    <message>
        <source>The date of birth in this ID number is in the future. Check the date digits.</source>
        <translation>此身份证号码中的出生日期在未来。请检查日期各位。</translation>
    </message>
    <message>
        <source>The check digit (the last character) does not match the other 17: one character of this ID number is wrong. Enter it again carefully.</source>
        <translation>校验码（最后一位）与前 17 位不符：此身份证号码有一位错误。请仔细重新输入。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The bundled database migration %1 is unusable; this build of OneWindow is broken.</source>
        <translation>内置的数据库迁移脚本 %1 不可用，此版本的一窗通已损坏。</translation>
    </message>
    <message>
        <source>The bundled database migrations are not numbered 1, 2, 3 … without gaps; this build of OneWindow is broken.</source>
        <translation>内置的数据库迁移脚本编号不连续，此版本的一窗通已损坏。</translation>
    </message>
    <message>
        <source>The schema version of %1 cannot be read.</source>
        <translation>无法读取 %1 的结构版本。</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer OneWindow (schema version %2; this program knows up to %3). Nothing was changed. Install the newer OneWindow, or start with another --data-dir.</source>
        <translation>数据库 %1 由更新版本的一窗通创建（结构版本 %2，本程序最高支持 %3），未做任何改动。请安装新版本，或用 --data-dir 另选目录启动。</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema version %2 (%3) failed and was undone: %4</source>
        <translation>将数据库 %1 升级到结构版本 %2（%3）失败，已撤销：%4</translation>
    </message>
</context>
<context>
    <name>SealedDocument</name>
    <message>
        <source>The document %1 cannot be read (%2).</source>
        <translation>无法读取文书 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>SensitiveField</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <source>Show the number</source>
        <translation>显示号码</translation>
    </message>
</context>
<context>
    <name>ServiceFinder</name>
    <message>
        <source>Free of charge</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Information online; apply at the window</source>
        <translation>网上可查办事指南，需到窗口申请</translation>
    </message>
    <message>
        <source>Forms online; documents at the window</source>
        <translation>网上可填表，材料需到窗口提交</translation>
    </message>
    <message>
        <source>Apply online; visit once to collect</source>
        <translation>网上申请，只需跑一次领取结果</translation>
    </message>
    <message>
        <source>Fully online: no visit needed</source>
        <translation>全程网办，无需到场</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
</context>
<context>
    <name>ServiceFinderPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>查找办事事项</translation>
    </message>
    <message>
        <source>Name, pinyin or initials, e.g. sbk for 社保卡</source>
        <translation>输入名称、拼音或首字母，如 sbk 查社保卡</translation>
    </message>
    <message>
        <source>No service catalog is loaded on this terminal yet. Please ask at the service window.</source>
        <translation>本终端尚未载入事项目录，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, the pinyin initials, or a theme.</source>
        <translation>没有找到。请少输几个字、改用拼音首字母，或选择一个主题。</translation>
    </message>
    <message>
        <source>Type what you need, or pick a theme above.</source>
        <translation>请输入要办的事，或在上方选择一个主题。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · done within %n working day(s)</source>
        <translation>
            <numerusform>%1 · 承诺 %n 个工作日内办结</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · done on the spot</source>
        <translation>%1 · 即办</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>下一页（还有 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceItemPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>办理部门</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) (by law at most %1)</source>
        <translation>
            <numerusform>%n 个工作日（法定时限 %1 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>%1 (if it applies)</source>
        <translation>%1（如适用）</translation>
    </message>
    <message>
        <source>No paper needed with an e-certificate: %1</source>
        <translation>可用电子证照代替纸质材料：%1</translation>
    </message>
    <message>
        <source>Done online</source>
        <translation>网办程度</translation>
    </message>
    <message>
        <source>Apply for this</source>
        <translation>申办此事项</translation>
    </message>
</context>
<context>
    <name>SessionEvidence</name>
    <message>
        <source>read from the ID card at this terminal</source>
        <translation>读取自本终端的身份证</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Online service hall</source>
        <translation>网上办事大厅</translation>
    </message>
    <message>
        <source>Hall address</source>
        <translation>大厅地址</translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation>大厅 CA 证书</translation>
    </message>
    <message>
        <source>PEM file of the hall&apos;s CA</source>
        <translation>大厅 CA 的 PEM 文件</translation>
    </message>
    <message>
        <source>Terminal certificate</source>
        <translation>终端证书</translation>
    </message>
    <message>
        <source>Enrol or renew</source>
        <translation>登记或续期</translation>
    </message>
    <message>
        <source>terminal id, e.g. GZ-TH-KIOSK-0007</source>
        <translation>终端编号，例如 GZ-TH-KIOSK-0007</translation>
    </message>
    <message>
        <source>Request certificate</source>
        <translation>申请证书</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>续期</translation>
    </message>
    <message>
        <source>Install signed certificate</source>
        <translation>安装签发的证书</translation>
    </message>
    <message>
        <source>signed certificate (PEM)</source>
        <translation>签发的证书（PEM）</translation>
    </message>
    <message>
        <source>hall CA (PEM)</source>
        <translation>大厅 CA（PEM）</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <source>What this terminal offers</source>
        <translation>本终端提供的服务</translation>
    </message>
    <message>
        <source>Catalog levels</source>
        <translation>事项层级</translation>
    </message>
    <message>
        <source>(none ticked: all levels)</source>
        <translation>（均不勾选：全部层级）</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>region codes, e.g. 440000, 440300 (empty: any)</source>
        <translation>区划代码，例如 440000, 440300（留空：不限）</translation>
    </message>
    <message>
        <source>Kiosk timeout (seconds)</source>
        <translation>自助终端超时（秒）</translation>
    </message>
    <message>
        <source>a citizen&apos;s session ends after this long without a touch</source>
        <translation>群众无操作超过此时长后会话结束</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>start in elderly mode (larger type, fewer choices)</source>
        <translation>以长辈模式启动（字体更大、选项更少）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>start in</source>
        <translation>启动语言</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>文书打印机</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>测试打印</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>queue name, or empty for PDF</source>
        <translation>打印队列名称，留空则保存为 PDF</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Test read</source>
        <translation>测试读卡</translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation>社保卡读卡器</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>二维码扫描器</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销更改</translation>
    </message>
    <message>
        <source>This terminal</source>
        <translation>本终端</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>政务服务中心名称</translation>
    </message>
    <message>
        <source>e.g. 天河区政务服务中心</source>
        <translation>例如 天河区政务服务中心</translation>
    </message>
    <message>
        <source>printed on receipts and notices</source>
        <translation>印在回执和通知书上</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Administrator sign-in</source>
        <translation>管理员登录</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Catalogs, trust, staff accounts and terminal settings.</source>
        <translation>事项目录、信任密钥、工作人员账号和终端设置。</translation>
    </message>
    <message>
        <source>Front desk, department review and supervision.</source>
        <translation>综合窗口受理、部门审批和效能监督。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Try again in %1:%2</source>
        <translation>%1:%2 后可再试</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>The publisher key is not a PEM SM2 or P-256 (ES256) key. Ask the catalog authority for its public key file.</source>
        <translation>发布方密钥不是 PEM 格式的 SM2 或 P-256（ES256）密钥。请向目录发布机构索取其公钥文件。</translation>
    </message>
    <message>
        <source>The signature could not be checked with this %1 key (OpenSSL refused the key). Check the trusted publisher key.</source>
        <translation>无法用此 %1 密钥核验签名（OpenSSL 拒绝了该密钥）。请检查已信任的发布方密钥。</translation>
    </message>
    <message>
        <source>The %1 signature does not match the file: the file was changed after signing, was signed with another key, or (SM2) without the ID 1234567812345678. Nothing was applied; get the original file and its signature from the catalog authority.</source>
        <translation>%1 签名与文件不符：文件在签名后被修改、由其他密钥签名，或（SM2）签名时未使用标识 1234567812345678。未作任何更改；请向目录发布机构索取原始文件及其签名。</translation>
    </message>
    <message>
        <source>The signature file does not hold a base64 signature. It must be the base64 text that &quot;openssl dgst … | base64 -w0&quot; prints.</source>
        <translation>签名文件中不是 base64 签名。它应是“openssl dgst … | base64 -w0”输出的 base64 文本。</translation>
    </message>
</context>
<context>
    <name>SimulatedDocumentPrinter</name>
    <message>
        <source>The printer is out of paper. Ask staff to load A4 paper, then print again.</source>
        <translation>打印机缺纸。请工作人员装入 A4 纸后重新打印。</translation>
    </message>
    <message>
        <source>No printer is connected to this terminal. Ask staff for help, or view the document on the screen.</source>
        <translation>本终端未连接打印机。请向工作人员求助，或在屏幕上查看文档。</translation>
    </message>
    <message>
        <source>out of paper (simulated)</source>
        <translation>缺纸（模拟）</translation>
    </message>
    <message>
        <source>not connected (simulated)</source>
        <translation>未连接（模拟）</translation>
    </message>
    <message numerus="yes">
        <source>ready (simulated), %n page(s) printed</source>
        <translation>
            <numerusform>就绪（模拟），已打印 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SocialSecurityDesk</name>
    <message>
        <source>Not enrolled</source>
        <translation>未参保</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s), %1 to %2</source>
        <translation>
            <numerusform>%n 个月，%1 至 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) missing</source>
        <translation>
            <numerusform>缺缴 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: monthly contributions (yuan)</source>
        <translation>%1：每月缴费（元）</translation>
    </message>
    <message>
        <source>You do not draw a pension here, so no certification is needed.</source>
        <translation>您不在本地领取养老金，无需认证。</translation>
    </message>
    <message>
        <source>No certification on record. Please certify now so that your pension is paid.</source>
        <translation>没有认证记录。请立即认证，以免影响养老金发放。</translation>
    </message>
    <message>
        <source>Certified. Your next certification is due by %1.</source>
        <translation>已认证。下次认证请在 %1 前完成。</translation>
    </message>
    <message>
        <source>Your certification is due by %1. Please certify now.</source>
        <translation>请在 %1 前完成认证。请立即认证。</translation>
    </message>
    <message>
        <source>Certification overdue since %1: your pension stops from month 13 until you certify. Please certify now.</source>
        <translation>认证已于 %1 到期：从第13个月起暂停发放养老金，直至完成认证。请立即认证。</translation>
    </message>
    <message>
        <source>Please look at the camera…</source>
        <translation>请看摄像头…</translation>
    </message>
    <message>
        <source>Certified on %1. The next certification is due by %2.</source>
        <translation>已于 %1 完成认证。下次认证请在 %2 前完成。</translation>
    </message>
    <message>
        <source>This terminal has no printer for statements. Please ask at the service window.</source>
        <translation>本终端无法打印证明。请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Your statement %1 is printed. Its QR code lets the receiver check it at the hall.</source>
        <translation>参保证明 %1 已打印。接收方可扫描二维码到办事大厅核验。</translation>
    </message>
</context>
<context>
    <name>SocialSecurityPage</name>
    <message>
        <source>My social security</source>
        <translation>我的社保</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · 身份证号 %2</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>The hall lists no insurance for you. If you think this is wrong, please ask at the service window.</source>
        <translation>办事大厅没有您的参保险种。如有疑问，请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Personal accounts</source>
        <translation>个人账户</translation>
    </message>
    <message>
        <source>%1 yuan (as of %2)</source>
        <translation>%1 元（截至 %2）</translation>
    </message>
    <message>
        <source>Personal pension contributions over the years: %1 yuan</source>
        <translation>历年养老保险个人缴费累计：%1 元</translation>
    </message>
    <message>
        <source>Record transferred in %1: from %2 to %3</source>
        <translation>%1 社保关系转移：由%2转入%3</translation>
    </message>
    <message>
        <source>Contribution history</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Print a statement</source>
        <translation>打印参保证明</translation>
    </message>
    <message>
        <source>Pension certification</source>
        <translation>养老待遇资格认证</translation>
    </message>
    <message>
        <source>Pay contributions</source>
        <translation>社保缴费</translation>
    </message>
</context>
<context>
    <name>SocialSecurityParser</name>
    <message>
        <source>The hall&apos;s social security answer is incomplete or damaged (%1), so nothing of it is shown. Please try again later, or ask at the service window.</source>
        <translation>办事大厅返回的社保数据不完整或已损坏（%1），因此不予显示。请稍后再试，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer about the contributions due is incomplete or damaged (%1). Please try again later, or ask at the service window.</source>
        <translation>办事大厅返回的应缴费用信息不完整或已损坏（%1）。请稍后再试，或到服务窗口咨询。</translation>
    </message>
</context>
<context>
    <name>SocialSecurityStatement</name>
    <message>
        <source>Not enrolled</source>
        <translation>未参保</translation>
    </message>
</context>
<context>
    <name>SocialSecurityStatementPage</name>
    <message>
        <source>Social security statement</source>
        <translation>参保证明</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · 身份证号 %2</translation>
    </message>
    <message>
        <source>Which months should the statement cover?</source>
        <translation>证明包含哪些月份？</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>最近 5 年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>缴费月数</translation>
    </message>
    <message>
        <source>Personal part (yuan)</source>
        <translation>个人缴费（元）</translation>
    </message>
    <message>
        <source>Print the statement</source>
        <translation>打印证明</translation>
    </message>
</context>
<context>
    <name>SocialSecurityTerms</name>
    <message>
        <source>Pension</source>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗保险</translation>
    </message>
    <message>
        <source>Unemployment</source>
        <translation>失业保险</translation>
    </message>
    <message>
        <source>Work injury</source>
        <translation>工伤保险</translation>
    </message>
    <message>
        <source>Maternity</source>
        <translation>生育保险</translation>
    </message>
    <message>
        <source>Resident pension</source>
        <translation>城乡居民养老</translation>
    </message>
    <message>
        <source>Resident medical</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>参保缴费</translation>
    </message>
    <message>
        <source>Contributions paused</source>
        <translation>暂停缴费</translation>
    </message>
    <message>
        <source>Receiving benefits</source>
        <translation>享受待遇</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>终止参保</translation>
    </message>
    <message>
        <source>Pension personal account</source>
        <translation>养老保险个人账户</translation>
    </message>
    <message>
        <source>Medical personal account</source>
        <translation>医疗保险个人账户</translation>
    </message>
</context>
<context>
    <name>StaffAccounts</name>
    <message>
        <source>A user name has 2 to 32 characters: small letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>用户名为 2 至 32 个字符：小写字母 a-z、数字、“.”、“_”或“-”，以字母开头。</translation>
    </message>
    <message>
        <source>A department code has 1 to 32 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>部门代码为 1 至 32 个字母、数字、“_”或“-”。</translation>
    </message>
    <message>
        <source>There is no staff account &quot;%1&quot;. See them with &quot;onewindowctl staff list&quot;.</source>
        <translation>没有工作人员账号“%1”。可用“onewindowctl staff list”查看。</translation>
    </message>
    <message>
        <source>A staff account &quot;%1&quot; exists already; choose another user name.</source>
        <translation>工作人员账号“%1”已存在，请另选用户名。</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked for %n more minute(s) after %1 wrong passwords. Wait, or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>密码错误 %1 次，此账号还将锁定 %n 分钟。请等待，或请管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>用户名或密码错误。请检查后重试。</translation>
    </message>
    <message>
        <source>This account is locked by an administrator. Ask an administrator to unlock it.</source>
        <translation>此账号已被管理员锁定。请联系管理员解锁。</translation>
    </message>
    <message>
        <source>This account is for case work (%1); sign in at the back office. The administration view is for administrators only.</source>
        <translation>此账号用于办件（%1），请在后台办理界面登录。管理界面仅供管理员使用。</translation>
    </message>
    <message>
        <source>Administrators do not work on cases; sign in at the administration view.</source>
        <translation>管理员不办理案件，请在管理界面登录。</translation>
    </message>
    <message>
        <source>A reviewer acts for one department: choose it (--department on the command line).</source>
        <translation>审批人员只代表一个部门：请选择部门（命令行中用 --department）。</translation>
    </message>
    <message>
        <source>Only reviewers belong to a department; leave the department empty.</source>
        <translation>只有审批人员属于部门；部门请留空。</translation>
    </message>
    <message>
        <source>You cannot take away your own administrator role; ask another administrator.</source>
        <translation>不能取消自己的管理员角色；请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>You cannot lock your own account; ask another administrator.</source>
        <translation>不能锁定自己的账号；请让另一位管理员操作。</translation>
    </message>
    <message>
        <source>A real name has at most %1 characters, on one line.</source>
        <translation>姓名最多 %1 个字符，且只能写在一行。</translation>
    </message>
    <message>
        <source>There is no department &quot;%1&quot;: no catalog is active, so there are no departments yet. Load the catalog first.</source>
        <translation>没有部门“%1”：目前没有生效的事项目录，因此还没有任何部门。请先导入事项目录。</translation>
    </message>
    <message>
        <source>The active catalog has no department &quot;%1&quot;. Its departments are: %2.</source>
        <translation>当前生效的事项目录中没有部门“%1”。目录中的部门有：%2。</translation>
    </message>
    <message>
        <source>A real name is personal data and is stored encrypted with the terminal&apos;s data key, which is not open here; nothing was changed.</source>
        <translation>姓名属于个人信息，须用本终端的数据密钥加密保存，而此处未打开数据密钥；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator of this terminal; without one nobody could manage it. Add, unlock or reactivate another administrator first.</source>
        <translation>%1 是本终端最后一个有效的管理员；没有管理员，就无人能管理本终端。请先添加、解锁或重新启用另一个管理员。</translation>
    </message>
    <message>
        <source>%1 is deactivated already.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>%1 is not deactivated; there is nothing to reactivate.</source>
        <translation>%1 未停用，无需重新启用。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>不能停用自己的账号，请联系其他管理员。</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator to reactivate it.</source>
        <translation>此账号已停用。请联系管理员重新启用。</translation>
    </message>
</context>
<context>
    <name>StaffDesk</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>StaffDirectoryModel</name>
    <message>
        <source>locked by an administrator</source>
        <translation>已被管理员锁定</translation>
    </message>
    <message>
        <source>locked after wrong passwords until %1</source>
        <translation>因密码错误被锁定至 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>Account %1 was added as %2.</source>
        <translation>已添加账号 %1，角色为%2。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在的角色是%2。</translation>
    </message>
    <message>
        <source>The password of %1 was reset. Hand it over in person.</source>
        <translation>%1 的密码已重置。请当面交给本人。</translation>
    </message>
    <message>
        <source>%1 is locked and cannot sign in.</source>
        <translation>%1 已被锁定，无法登录。</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>%1 已解锁。</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>The real name of %1 was cleared.</source>
        <translation>已清除 %1 的姓名。</translation>
    </message>
    <message>
        <source>The real name of %1 was saved.</source>
        <translation>已保存 %1 的姓名。</translation>
    </message>
    <message>
        <source>%1 is deactivated: the account is kept but cannot sign in.</source>
        <translation>%1 已停用：账号保留，但不能登录。</translation>
    </message>
    <message>
        <source>%1 is active again.</source>
        <translation>%1 已重新启用。</translation>
    </message>
</context>
<context>
    <name>StaffHomePage</name>
    <message>
        <source>OneWindow administration</source>
        <translation>一窗通 管理</translation>
    </message>
    <message>
        <source>OneWindow back office</source>
        <translation>一窗通 后台办理</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts (%1)</source>
        <translation>工作人员账号（%1）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>至少 10 个字符</translation>
    </message>
    <message>
        <source>repeat it</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Unlock the account</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>锁定账号</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>User name (a-z, 0-9, . _ -)</source>
        <translation>用户名（a-z、0-9、. _ -）</translation>
    </message>
    <message>
        <source>Department (reviewers only)</source>
        <translation>部门（仅审批人员）</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>at least 10 characters, two kinds</source>
        <translation>至少 10 个字符，包含两类字符</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Lock the account %1?</source>
        <translation>要锁定账号 %1 吗？</translation>
    </message>
    <message>
        <source>%1 cannot sign in until an administrator unlocks the account; a session open now ends at its next action. The lock is recorded in the audit log.</source>
        <translation>在管理员解锁之前，%1 将无法登录；当前已打开的会话在其下一次操作时结束。此次锁定将记入审计日志。</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Real name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>as on the ID card</source>
        <translation>与身份证一致</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>保存姓名</translation>
    </message>
    <message>
        <source>Reactivate the account</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <source>Deactivate the account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Deactivate the account %1?</source>
        <translation>停用账号 %1？</translation>
    </message>
    <message>
        <source>%1 can no longer sign in. The account stays in the list and in the audit log, its user name is not given to anyone else, and it can be reactivated. The change is recorded in the audit log.</source>
        <translation>%1 将不能再登录。账号仍保留在列表和审计日志中，其用户名不会分配给他人，之后可以重新启用。此操作会记录在审计日志中。</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Real name (optional)</source>
        <translation>姓名（可选）</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>front desk</source>
        <translation>前台受理</translation>
    </message>
    <message>
        <source>department reviewer</source>
        <translation>部门审核</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>督查</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>StaffSession</name>
    <message numerus="yes">
        <source>Your session ended after %n minute(s) without activity. Sign in again.</source>
        <translation>
            <numerusform>%n 分钟无操作，会话已结束。请重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role (%1) may not do this. Ask a colleague with the right role.</source>
        <translation>您的角色（%1）无权进行此操作。请由具有相应角色的同事办理。</translation>
    </message>
</context>
<context>
    <name>StatementDocument</name>
    <message>
        <source>Social insurance statement %1</source>
        <translation>社会保险参保证明 %1</translation>
    </message>
    <message>
        <source>Social insurance statement</source>
        <translation>社会保险参保证明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>证明期间</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Statement number</source>
        <translation>证明编号</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Contributions in the period</source>
        <translation>期间内缴费情况</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Insured in</source>
        <translation>参保地</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>缴费月数</translation>
    </message>
    <message>
        <source>Personal part (yuan)</source>
        <translation>个人缴费（元）</translation>
    </message>
    <message>
        <source>Employer part (yuan)</source>
        <translation>单位缴费（元）</translation>
    </message>
    <message>
        <source>The online service hall lists no insurance for this person.</source>
        <translation>网上办事大厅没有此人的参保记录。</translation>
    </message>
    <message>
        <source>The figures are those of the Guangdong online service hall at the time of issue. To check this statement, scan the code or enter the statement number and verification value at the hall.</source>
        <translation>以上数据以打印时广东省网上办事大厅的记录为准。核验本证明，请扫描二维码，或在办事大厅输入证明编号和核验码。</translation>
    </message>
    <message>
        <source>Verification value %1</source>
        <translation>核验码 %1</translation>
    </message>
</context>
<context>
    <name>SubmittedPage</name>
    <message>
        <source>Your application has been submitted</source>
        <translation>您的申请已提交</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>%1 — %2, due by %3</source>
        <translation>%1 —— %2，办结时限 %3</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>打印受理回执</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Finish and forget my data</source>
        <translation>结束办理并清除我的信息</translation>
    </message>
</context>
<context>
    <name>SupervisionDesk</name>
    <message>
        <source>Only a supervisor sees these figures.</source>
        <translation>只有督查人员可以查看这些数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) run into a year the catalog has no holidays for: they are left out of the on-time and overdue figures. Load a catalog with next year&apos;s calendar.</source>
        <translation>
            <numerusform>%n 件办件的时限跨入目录尚无节假日安排的年份，未计入按时办结和超期统计。请导入包含下一年节假日的目录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) without a rating 7 days after completion count as 基本满意.</source>
        <translation>
            <numerusform>办结 7 天后仍未评价的 %n 件按“基本满意”计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed case(s) may still be rated.</source>
        <translation>
            <numerusform>另有 %n 件已办结办件仍在评价期内。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no figures to export yet.</source>
        <translation>尚无可导出的数据。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Follow-up closed.</source>
        <translation>差评整改已办结。</translation>
    </message>
</context>
<context>
    <name>SupervisionPane</name>
    <message>
        <source>Period</source>
        <translation>证明期间</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近 30 天</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>On-time rate (按时办结率)</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average working days to complete</source>
        <translation>平均办结用时（工作日）</translation>
    </message>
    <message>
        <source>Completed in the period</source>
        <translation>期内办结</translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation>在办件数</translation>
    </message>
    <message>
        <source>Backlog per department</source>
        <translation>各部门在办件</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办件数</translation>
    </message>
    <message>
        <source>Open review tasks</source>
        <translation>待审批任务数</translation>
    </message>
    <message>
        <source>Service ratings (好差评)</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>No ratings in this period yet.</source>
        <translation>本期间暂无评价。</translation>
    </message>
    <message>
        <source>Cases filed per day</source>
        <translation>每日申报件数</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>On-time rate per department</source>
        <translation>各部门按时办结率</translation>
    </message>
    <message>
        <source>%1: %2 completed, %3 on time (%4), %5 working days on average</source>
        <translation>%1：办结 %2 件，按时 %3 件（%4），平均 %5 个工作日</translation>
    </message>
    <message>
        <source>Follow-ups of poor ratings</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · due %4</source>
        <translation>%1 · %2 · %3 · 应于 %4 前整改</translation>
    </message>
    <message>
        <source>What was done (required)</source>
        <translation>整改情况（必填）</translation>
    </message>
    <message>
        <source>Close follow-up</source>
        <translation>整改办结</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>没有待整改的差评。</translation>
    </message>
    <message>
        <source>Backlog per service item</source>
        <translation>各事项在办件</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n open case(s)</source>
        <translation>
            <numerusform>%1（%2）：在办 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Day filed (month-day)</source>
        <translation>申报日期（月-日）</translation>
    </message>
    <message>
        <source>Cases filed</source>
        <translation>申报件数</translation>
    </message>
    <message>
        <source>Past the committed date (承诺时限) now</source>
        <translation>当前超承诺时限</translation>
    </message>
    <message>
        <source>Cases past their committed date</source>
        <translation>超过承诺时限的办件</translation>
    </message>
    <message>
        <source>Counted as in the inbox: against the committed date (承诺时限), the one the kiosk and the receipt told the applicant. The legal limit (法定时限) is the outer bound, shown beside it.</source>
        <translation>与待办列表一致：按承诺时限（自助终端和回执告知申请人的日期）计算超期；法定时限为最后期限，一并列出。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>No case is past its committed date.</source>
        <translation>没有超过承诺时限的办件。</translation>
    </message>
</context>
<context>
    <name>SupervisionReport</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Choose a period whose first day is not after its last day, of at most ten years.</source>
        <translation>请选择起始日不晚于结束日、且不超过十年的统计期间。</translation>
    </message>
    <message>
        <source>The catalog has no holiday calendar for %1, so on-time figures cannot be counted in working days. Load a catalog that lists the holidays of %1.</source>
        <translation>事项目录中没有 %1 年的节假日安排，无法按工作日统计按时办结情况。请加载列有 %1 年节假日的目录。</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>Supervision report</source>
        <translation>效能监督报表</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>统计日</translation>
    </message>
    <message>
        <source>Backlog by department</source>
        <translation>各部门在办积压</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办件数</translation>
    </message>
    <message>
        <source>Open review tasks</source>
        <translation>待审批任务数</translation>
    </message>
    <message>
        <source>Backlog by item</source>
        <translation>各事项在办积压</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>On-time completion</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时办结数</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Average working days</source>
        <translation>平均办理工作日</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期案件</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>回执编号</translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation>每日申报量</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申报数</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Of which defaulted</source>
        <translation>其中默认评价</translation>
    </message>
    <message>
        <source>a day in a year whose holidays the catalog does not have yet</source>
        <translation>所在年份的节假日尚未载入目录，日期暂无法确定</translation>
    </message>
    <message numerus="yes">
        <source>committed date (told to the applicant) %1, %n working day(s) over</source>
        <translation>
            <numerusform>承诺办结日期（已告知申请人）%1，已超 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>legal limit %1, %n working day(s) over</source>
        <translation>
            <numerusform>法定办结日期 %1，已超 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>legal limit %1, not reached yet</source>
        <translation>法定办结日期 %1，尚未到期</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Committed date</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Working days over the committed date</source>
        <translation>超出承诺时限的工作日数</translation>
    </message>
    <message>
        <source>Legal limit date</source>
        <translation>法定办结日期</translation>
    </message>
    <message>
        <source>Working days over the legal limit</source>
        <translation>超出法定时限的工作日数</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>An event is sealed and this program was started without the data key.</source>
        <translation>事件已加密，但本程序启动时没有数据密钥。</translation>
    </message>
</context>
<context>
    <name>TerminalConfigurationCheck</name>
    <message>
        <source>The hall address must be an https address with a host name, such as https://hall.gd.gov.cn:8443, without a user name or password.</source>
        <translation>大厅地址必须是带主机名的 https 地址，例如 https://hall.gd.gov.cn:8443，且不含用户名或密码。</translation>
    </message>
    <message>
        <source>The hall at %1 cannot be reached now (%2). The address is saved anyway; check the network or the address.</source>
        <translation>目前无法连接大厅 %1（%2）。地址仍会保存；请检查网络或地址。</translation>
    </message>
    <message>
        <source>The hall CA file %1 cannot be read.</source>
        <translation>无法读取大厅 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The hall CA certificate in %1 expired on %2; ask the hall for the current one.</source>
        <translation>%1 中的大厅 CA 证书已于 %2 过期；请向大厅索取当前证书。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a catalog level.</source>
        <translation>“%1”不是事项层级。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region code; a region code has six digits, such as 440000 for Guangdong.</source>
        <translation>“%1”不是区划代码；区划代码为六位数字，例如广东省为 440000。</translation>
    </message>
    <message>
        <source>The kiosk timeout must be between %1 and %2 seconds: long enough for an elderly citizen to read a page, short enough that nobody&apos;s data stays on screen.</source>
        <translation>自助终端超时必须在 %1 到 %2 秒之间：既要让长辈有时间看完一页，又不能让个人信息长时间留在屏幕上。</translation>
    </message>
    <message>
        <source>Offer at least one language.</source>
        <translation>请至少提供一种语言。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language OneWindow is translated into.</source>
        <translation>一窗通没有“%1”语言版本。</translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;: this terminal has no printer installed. Leave it empty to save documents as PDF.</source>
        <translation>没有打印机“%1”：本终端未安装打印机。留空则将文书保存为 PDF。</translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;. The printers here are: %2.</source>
        <translation>没有打印机“%1”。本机的打印机有：%2。</translation>
    </message>
    <message>
        <source>A simulated receipt printer is simulated:ready, simulated:out-of-paper or simulated:missing.</source>
        <translation>模拟回执打印机应为 simulated:ready、simulated:out-of-paper 或 simulated:missing。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device this terminal knows: use file:PATH or socket:NAME, or leave it empty.</source>
        <translation>本终端不认识设备“%1”：请使用 file:路径 或 socket:名称，或留空。</translation>
    </message>
    <message>
        <source>The hall CA file %1 holds no PEM certificate. Choose the hall CA&apos;s certificate (a .pem file that starts with BEGIN CERTIFICATE).</source>
        <translation>大厅 CA 文件 %1 中没有 PEM 证书。请选择大厅 CA 的证书（以 BEGIN CERTIFICATE 开头的 .pem 文件）。</translation>
    </message>
    <message>
        <source>The kiosk cannot start in a language it does not offer: offer it too, or start in one of the languages offered.</source>
        <translation>自助终端不能以未提供的语言启动：请同时提供该语言，或选择已提供的语言作为启动语言。</translation>
    </message>
    <message>
        <source>Give the town hall&apos;s name as receipts and notices should print it, such as 天河区政务服务中心.</source>
        <translation>请填写回执和通知书上应印的政务服务中心名称，例如 天河区政务服务中心。</translation>
    </message>
    <message>
        <source>The town hall&apos;s name is %1 characters long; at most %2 fit on a receipt.</source>
        <translation>政务服务中心名称有 %1 个字符，回执上最多容纳 %2 个。</translation>
    </message>
    <message>
        <source>The town hall&apos;s name must be one line of text, without tabs or line breaks.</source>
        <translation>政务服务中心名称必须为一行文字，不能含制表符或换行。</translation>
    </message>
</context>
<context>
    <name>TerminalEnrolment</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 无法写入：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a terminal id. Use capital letters, digits and dashes, e.g. GZ-TH-KIOSK-0007.</source>
        <translation>“%1”不是终端编号。请使用大写字母、数字和连字符，例如 GZ-TH-KIOSK-0007。</translation>
    </message>
    <message>
        <source>The hall address must start with https://.</source>
        <translation>办事大厅地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>This terminal already has a certificate. Use --renew to make a new key and request.</source>
        <translation>本终端已有证书。如需生成新密钥和证书请求，请使用 --renew。</translation>
    </message>
    <message>
        <source>The terminal key could not be made.</source>
        <translation>无法生成终端密钥。</translation>
    </message>
    <message>
        <source>The certificate request could not be made.</source>
        <translation>无法生成证书请求。</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate.</source>
        <translation>%1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate; it cannot be the hall CA.</source>
        <translation>%1 中没有 PEM 证书，不能作为办事大厅 CA。</translation>
    </message>
    <message>
        <source>This terminal has no key yet. Run onewindowctl terminal enroll --id ID first.</source>
        <translation>本终端还没有密钥。请先运行 onewindowctl terminal enroll --id 终端编号。</translation>
    </message>
    <message>
        <source>The certificate does not belong to this terminal&apos;s key. Install the certificate made from this terminal&apos;s latest request.</source>
        <translation>此证书与本终端的密钥不匹配。请安装用本终端最新请求签发的证书。</translation>
    </message>
    <message>
        <source>The certificate was not issued by the hall CA in %1.</source>
        <translation>此证书不是由 %1 中的办事大厅 CA 签发的。</translation>
    </message>
    <message>
        <source>The certificate is for %1, but this terminal is %2.</source>
        <translation>此证书属于 %1，而本终端是 %2。</translation>
    </message>
    <message>
        <source>The certificate is not valid now (valid %1 to %2).</source>
        <translation>此证书当前无效（有效期 %1 至 %2）。</translation>
    </message>
</context>
<context>
    <name>TerminalHealth</name>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read by the terminal&apos;s user.</source>
        <translation>终端用户无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER).</source>
        <translation>文件 %1 中没有证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>The free space of %1 cannot be read; check that the folder exists and is mounted.</source>
        <translation>无法读取 %1 的可用空间；请检查文件夹是否存在并已挂载。</translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation>大厅 CA 证书</translation>
    </message>
    <message>
        <source>Terminal certificate</source>
        <translation>终端证书</translation>
    </message>
</context>
<context>
    <name>TerminalSetupDesk</name>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <source>town</source>
        <translation>镇级</translation>
    </message>
    <message>
        <source>village</source>
        <translation>村级</translation>
    </message>
    <message numerus="yes">
        <source>No card was read in %n second(s). Check the reader&apos;s cable and the card.</source>
        <translation>
            <numerusform>%n 秒内未读到卡。请检查读卡器连线和卡片。</numerusform>
        </translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>%1: expired on %2 — renew it now</source>
        <translation>%1：已于 %2 过期，请立即续期</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1：有效期至 %2（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s). Devices and the hall connection take them at the next start of OneWindow.</source>
        <translation>
            <numerusform>已保存 %n 项设置。设备和大厅连接将在一窗通下次启动时采用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate request is in %1. Send it to the hall; install the signed certificate here when it comes back.</source>
        <translation>证书申请文件在 %1。请发送给大厅；签发的证书返回后在此安装。</translation>
    </message>
    <message>
        <source>Choose the signed certificate and the hall CA certificate (PEM files).</source>
        <translation>请选择签发的证书和大厅 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <source>The certificate is installed: %1</source>
        <translation>证书已安装：%1</translation>
    </message>
    <message>
        <source>OneWindow test page</source>
        <translation>一窗通测试页</translation>
    </message>
    <message>
        <source>If you can read this page, including the Chinese line below, the printer works for OneWindow.</source>
        <translation>如果能看清本页（包括下面的中文一行），说明打印机可供一窗通使用。</translation>
    </message>
    <message>
        <source>Printed at</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>机器</translation>
    </message>
    <message>
        <source>Test QR code</source>
        <translation>测试二维码</translation>
    </message>
    <message>
        <source>The test page went to the printer %1.</source>
        <translation>测试页已发送到打印机 %1。</translation>
    </message>
    <message>
        <source>There is no printer &quot;%1&quot;; the test page was saved as %2.</source>
        <translation>没有打印机“%1”；测试页已保存为 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a card reader this terminal knows: use file:PATH or socket:NAME.</source>
        <translation>本终端不认识读卡器“%1”：请使用 file:路径 或 socket:名称。</translation>
    </message>
    <message>
        <source>The reader works: it read the resident ID card of %1.</source>
        <translation>读卡器正常：读到了 %1 的身份证。</translation>
    </message>
    <message>
        <source>The reader works: it read the social security card of %1.</source>
        <translation>读卡器正常：读到了 %1 的社保卡。</translation>
    </message>
    <message>
        <source>The reader answered, but the card could not be used: %1</source>
        <translation>读卡器有响应，但卡片无法使用：%1</translation>
    </message>
    <message>
        <source>Put a card on the reader now…</source>
        <translation>请现在把卡放到读卡器上……</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>政务服务中心名称</translation>
    </message>
    <message>
        <source>Hall address</source>
        <translation>大厅地址</translation>
    </message>
    <message>
        <source>Hall CA certificate</source>
        <translation>大厅 CA 证书</translation>
    </message>
    <message>
        <source>Catalog levels</source>
        <translation>事项层级</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>行政区划</translation>
    </message>
    <message>
        <source>Kiosk timeout (seconds)</source>
        <translation>自助终端超时（秒）</translation>
    </message>
    <message>
        <source>Elderly mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>文书打印机</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>回执打印机</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>Social security card reader</source>
        <translation>社保卡读卡器</translation>
    </message>
    <message>
        <source>QR code scanner</source>
        <translation>二维码扫描器</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: correct the %n setting(s) marked in red above: %1.</source>
        <translation>
            <numerusform>未保存任何内容：请更正上方红色标出的 %n 项设置：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>No printer configured: the test page was saved as %1.</source>
        <translation>未配置打印机：测试页已保存为 %1。</translation>
    </message>
    <message>
        <source>No card reader configured: type its setting (file:PATH or socket:NAME) first.</source>
        <translation>未配置读卡器：请先填写其设置（file:路径 或 socket:名称）。</translation>
    </message>
</context>
<context>
    <name>TerminalShell</name>
    <message>
        <source>The user interface could not be loaded; this installation of OneWindow is incomplete. Reinstall the package.</source>
        <translation>无法加载用户界面，一窗通安装不完整。请重新安装软件包。</translation>
    </message>
    <message>
        <source>The user interface has no window; this installation of OneWindow is broken. Reinstall the package.</source>
        <translation>用户界面没有窗口，一窗通安装已损坏。请重新安装软件包。</translation>
    </message>
</context>
<context>
    <name>TlsProfile</name>
    <message>
        <source>%1 does not contain a PEM certificate; it cannot be the hall CA.</source>
        <translation>%1 中没有 PEM 证书，不能作为办事大厅 CA。</translation>
    </message>
    <message>
        <source>%1 does not contain a PEM certificate; enrol the terminal again.</source>
        <translation>%1 中没有 PEM 证书，请重新登记终端。</translation>
    </message>
    <message>
        <source>The terminal key %1 cannot be read.</source>
        <translation>无法读取终端密钥 %1。</translation>
    </message>
    <message>
        <source>%1 is not a private key this terminal can use (EC or RSA, PEM).</source>
        <translation>%1 不是本终端可用的私钥（EC 或 RSA，PEM 格式）。</translation>
    </message>
    <message>
        <source>This terminal&apos;s certificate expired on %1; renew it with onewindowctl terminal enroll.</source>
        <translation>本终端证书已于 %1 过期，请用 onewindowctl terminal enroll 续期。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate has expired (%1). Nothing was sent. Tell the hall operator.</source>
        <translation>办事大厅的证书已过期（%1）。未发送任何数据。请告知办事大厅运维人员。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is not valid yet. Check this terminal&apos;s clock.</source>
        <translation>办事大厅的证书尚未生效。请检查本终端的时钟。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is for another host name. Nothing was sent. Check the hall address.</source>
        <translation>办事大厅的证书属于另一个主机名。未发送任何数据。请检查办事大厅地址。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate has been revoked. Nothing was sent. Tell the hall operator.</source>
        <translation>办事大厅的证书已被吊销。未发送任何数据。请告知办事大厅运维人员。</translation>
    </message>
    <message>
        <source>The hall did not prove that its certificate is still valid (no stapled OCSP response). Nothing was sent. Tell the hall operator; only for a hall that cannot staple may the administrator set hall.ocspStapling to off.</source>
        <translation>办事大厅未证明其证书仍然有效（没有附带 OCSP 应答）。未发送任何数据。请告知办事大厅运维人员；仅当办事大厅无法附带 OCSP 应答时，管理员才可将 hall.ocspStapling 设为 off。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate is not signed by the hall CA this terminal trusts. Nothing was sent. Check the hall address and the installed CA.</source>
        <translation>办事大厅的证书不是由本终端信任的办事大厅 CA 签发的。未发送任何数据。请检查办事大厅地址和已安装的 CA。</translation>
    </message>
    <message>
        <source>The hall&apos;s certificate was rejected: %1. Nothing was sent.</source>
        <translation>办事大厅的证书被拒绝：%1。未发送任何数据。</translation>
    </message>
    <message>
        <source>The hall offers only an outdated TLS version; TLS 1.2 or newer is required. Nothing was sent.</source>
        <translation>办事大厅只提供过时的 TLS 版本，要求 TLS 1.2 或更高。未发送任何数据。</translation>
    </message>
    <message>
        <source>The hall did not accept this terminal&apos;s certificate. Enrol the terminal again or ask the hall operator to register it.</source>
        <translation>办事大厅不接受本终端的证书。请重新登记终端，或请办事大厅运维人员登记它。</translation>
    </message>
    <message>
        <source>The secure connection to the hall failed: %1</source>
        <translation>与办事大厅的安全连接失败：%1</translation>
    </message>
    <message>
        <source>The hall&apos;s OCSP response does not prove that its certificate is still valid (%1). Nothing was sent. Tell the hall operator.</source>
        <translation>办事大厅的 OCSP 应答不能证明其证书仍然有效（%1）。未发送任何数据。请告知办事大厅运维人员。</translation>
    </message>
</context>
<context>
    <name>TrackPage</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Track an application</source>
        <translation>查询办理进度</translation>
    </message>
    <message>
        <source>Hold the QR code of your receipt under the scanner, or type the receipt number.</source>
        <translation>请把回执上的二维码对准扫码器，或输入回执编号。</translation>
    </message>
    <message>
        <source>e.g. GZTH0007-20261123-00427</source>
        <translation>例如 GZTH0007-20261123-00427</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Application %1 of %2, submitted %3</source>
        <translation>申请 %1（%2），提交于 %3</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Handled by %1; due by %2</source>
        <translation>承办部门：%1；办结时限：%2</translation>
    </message>
    <message>
        <source> (overdue: please ask at the window)</source>
        <translation>（已超期，请到窗口咨询）</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>重新打印回执</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Only the progress is shown. The details (each department&apos;s decision and the reasons given) are shown to the applicant with their ID card on the reader.</source>
        <translation>此处仅显示办理进度。详细信息（各部门的审批结果及理由）仅在申请人将身份证放在读卡器上时显示。</translation>
    </message>
</context>
<context>
    <name>TrustAdministration</name>
    <message>
        <source>No publisher key &quot;%1&quot; is trusted here.</source>
        <translation>本终端未信任发布机构密钥“%1”。</translation>
    </message>
</context>
<context>
    <name>TrustDesk</name>
    <message>
        <source>SM2 with SM3 (国密)</source>
        <translation>SM2 与 SM3（国密）</translation>
    </message>
    <message>
        <source>ECDSA P-256 with SHA-256</source>
        <translation>ECDSA P-256 与 SHA-256</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>hall trust list</source>
        <translation>大厅信任列表</translation>
    </message>
    <message>
        <source>added here</source>
        <translation>在本终端添加</translation>
    </message>
    <message>
        <source>The hall&apos;s trust list was never fetched: e-certificates are checked against the keys added here only.</source>
        <translation>从未获取大厅的信任列表：电子证照只能用本终端添加的密钥核验。</translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1, fetched %n hour(s) ago.</source>
        <translation>
            <numerusform>信任列表版本 %1，%n 小时前获取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trust list version %1, fetched %n day(s) ago.</source>
        <translation>
            <numerusform>信任列表版本 %1，%n 天前获取。</numerusform>
        </translation>
    </message>
    <message>
        <source>That is old: check the hall connection on the health page.</source>
        <translation>已经过旧：请在运行状况页检查大厅连接。</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>密钥文件为空。</translation>
    </message>
    <message>
        <source>Catalogs signed with publisher key %1 are accepted from now on.</source>
        <translation>从现在起接受用发布机构密钥 %1 签名的事项目录。</translation>
    </message>
    <message>
        <source>Catalogs signed with %1 are refused from now on; the active catalog stays.</source>
        <translation>从现在起拒绝用 %1 签名的事项目录；当前启用的目录保持不变。</translation>
    </message>
    <message>
        <source>E-certificates signed with issuer key %1 are accepted from now on.</source>
        <translation>从现在起接受用签发机构密钥 %1 签名的电子证照。</translation>
    </message>
    <message>
        <source>E-certificates signed with %1 are no longer accepted.</source>
        <translation>不再接受用 %1 签名的电子证照。</translation>
    </message>
    <message>
        <source>no end date given; remove it when the publisher replaces it</source>
        <translation>未给出截止日期；发布方更换密钥时请将其移除</translation>
    </message>
    <message>
        <source>expired on %1: catalogs signed with it are refused</source>
        <translation>已于 %1 过期：用其签名的目录将被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 (%n day(s) left)</source>
        <translation>
            <numerusform>有效期至 %1（还剩 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>no end date: each e-certificate has its own</source>
        <translation>无截止日期：每份电子证照有其自身的有效期</translation>
    </message>
    <message>
        <source>Type the key&apos;s last valid day as 2027-12-31, or leave it empty.</source>
        <translation>请按 2027-12-31 的格式填写密钥的最后有效日期，或留空。</translation>
    </message>
    <message>
        <source>revoked here</source>
        <translation>本机吊销</translation>
    </message>
    <message>
        <source>Last fetched from the hall: %1 (version %2).</source>
        <translation>上次从大厅获取：%1（版本 %2）。</translation>
    </message>
    <message>
        <source>Never fetched from the hall.</source>
        <translation>从未从大厅获取。</translation>
    </message>
    <message>
        <source>Certificate %1 of issuer key %2 now verifies as revoked on this terminal.</source>
        <translation>签发机构密钥 %2 的证照 %1 在本终端上从现在起核验为已吊销。</translation>
    </message>
    <message>
        <source>The revocation of certificate %1 of issuer key %2 is lifted; it verifies as genuine again.</source>
        <translation>已撤销对签发机构密钥 %2 的证照 %1 的吊销，该证照重新核验为真实。</translation>
    </message>
    <message>
        <source>This terminal is not connected to a hall, so there is no trust list to fetch. Set the hall on the settings page.</source>
        <translation>本终端未连接网上办事大厅，无信任列表可获取。请在“终端设置”页设置大厅。</translation>
    </message>
    <message>
        <source>Fetching the hall&apos;s trust list…</source>
        <translation>正在获取大厅的信任列表……</translation>
    </message>
    <message>
        <source>The hall&apos;s trust list was fetched. %1</source>
        <translation>已获取大厅的信任列表。%1</translation>
    </message>
</context>
<context>
    <name>TrustDocument</name>
    <message>
        <source>The hall sent a trust list this terminal cannot use (%1). The cached trust list stays in use; tell the hall operator.</source>
        <translation>网上办事大厅发来的信任列表本终端无法使用（%1）。继续使用已缓存的信任列表；请告知大厅运维人员。</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>key ID</source>
        <translation>密钥编号</translation>
    </message>
    <message>
        <source>public key file (PEM)</source>
        <translation>公钥文件（PEM）</translation>
    </message>
    <message>
        <source>Catalog publishers</source>
        <translation>目录发布机构</translation>
    </message>
    <message>
        <source>trusted since %1 · %2</source>
        <translation>自 %1 起信任 · %2</translation>
    </message>
    <message>
        <source>Trust publisher</source>
        <translation>信任此发布机构</translation>
    </message>
    <message>
        <source>E-certificate issuers</source>
        <translation>电子证照签发机构</translation>
    </message>
    <message>
        <source>Trust issuer</source>
        <translation>信任此签发机构</translation>
    </message>
    <message>
        <source>last valid day (optional)</source>
        <translation>最后有效日期（可选）</translation>
    </message>
    <message>
        <source>Stop trusting a publisher</source>
        <translation>停止信任发布方</translation>
    </message>
    <message>
        <source>Stop trusting catalog publisher key %1?</source>
        <translation>要停止信任目录发布方密钥 %1 吗？</translation>
    </message>
    <message>
        <source>Catalogs signed with this key are refused from now on, and the versions it signed can no longer be rolled back to. The active catalog stays. The change is recorded in the audit log.</source>
        <translation>今后用此密钥签名的目录将被拒绝，其签名的版本也不能再回退。当前生效的目录保留。此次更改将记入审计日志。</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>停止信任</translation>
    </message>
    <message>
        <source>Stop trusting an issuer</source>
        <translation>停止信任签发方</translation>
    </message>
    <message>
        <source>Stop trusting e-certificate issuer key %1?</source>
        <translation>要停止信任电子证照签发方密钥 %1 吗？</translation>
    </message>
    <message>
        <source>E-certificates signed with this key no longer verify as genuine on this terminal, so citizens must bring paper instead. The change is recorded in the audit log.</source>
        <translation>用此密钥签发的电子证照在本终端将不再核验为真实，群众须改为提供纸质材料。此次更改将记入审计日志。</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>正在获取……</translation>
    </message>
    <message>
        <source>Fetch trust list now</source>
        <translation>立即获取信任列表</translation>
    </message>
    <message>
        <source>Revoked certificates (%1)</source>
        <translation>已吊销的证照（%1）</translation>
    </message>
    <message>
        <source>No certificate is revoked on this terminal.</source>
        <translation>本终端没有已吊销的证照。</translation>
    </message>
    <message>
        <source>Certificate %1 · issuer key %2</source>
        <translation>证照 %1 · 签发机构密钥 %2</translation>
    </message>
    <message>
        <source>revoked %1 · %2</source>
        <translation>吊销于 %1 · %2</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>撤销吊销</translation>
    </message>
    <message>
        <source>Lift a revocation</source>
        <translation>撤销吊销</translation>
    </message>
    <message>
        <source>Lift the revocation of certificate %1 of issuer key %2?</source>
        <translation>撤销对签发机构密钥 %2 的证照 %1 的吊销？</translation>
    </message>
    <message>
        <source>The certificate verifies as genuine again on this terminal. The change is recorded in the audit log.</source>
        <translation>该证照在本终端上重新核验为真实。此更改记入审计日志。</translation>
    </message>
    <message>
        <source>Lift revocation</source>
        <translation>撤销吊销</translation>
    </message>
    <message>
        <source>issuer key ID</source>
        <translation>签发机构密钥编号</translation>
    </message>
    <message>
        <source>certificate number, as printed</source>
        <translation>证照编号（与证照所印一致）</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>吊销证照</translation>
    </message>
    <message>
        <source>Revoke certificate %1 of issuer key %2?</source>
        <translation>吊销签发机构密钥 %2 的证照 %1？</translation>
    </message>
    <message>
        <source>The certificate verifies as revoked on this terminal from now on, and citizens must bring paper instead. The revocation can be lifted here later. The change is recorded in the audit log.</source>
        <translation>从现在起该证照在本终端上核验为已吊销，群众须改为提交纸质材料。之后可在此撤销吊销。此更改记入审计日志。</translation>
    </message>
</context>
<context>
    <name>VerifiedCopy</name>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Relation to head of household</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Spouse&apos;s name</source>
        <translation>配偶姓名</translation>
    </message>
    <message>
        <source>Spouse&apos;s ID number</source>
        <translation>配偶身份证号</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经营者</translation>
    </message>
    <message>
        <source>Business scope</source>
        <translation>经营范围</translation>
    </message>
    <message>
        <source>Social security number</source>
        <translation>社会保障号码</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>开户银行</translation>
    </message>
    <message>
        <source>Card generation</source>
        <translation>卡片版本</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>坐落</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Type of right</source>
        <translation>权利类型</translation>
    </message>
    <message>
        <source>A verified copy can only be printed for a certificate whose signature verified.</source>
        <translation>只有签名核验通过的证照才能打印核验件。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Verified copy %1</source>
        <translation>%1核验件</translation>
    </message>
    <message>
        <source>Verified copy of an e-certificate</source>
        <translation>电子证照核验件</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <source>Holder&apos;s ID number</source>
        <translation>持证人身份证号</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <source>Issuer code</source>
        <translation>发证机关代码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>核验</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>核验结果</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>核验时间</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>%1, issuer key %2</source>
        <translation>%1，发证机关密钥 %2</translation>
    </message>
    <message>
        <source>Payload SHA-256</source>
        <translation>数据 SHA-256 摘要</translation>
    </message>
    <message>
        <source>The QR code holds the certificate number and the SHA-256 of the signed data.</source>
        <translation>二维码包含证照编号和已签名数据的 SHA-256 摘要。</translation>
    </message>
    <message>
        <source>This copy was printed by a OneWindow terminal after it verified the issuer&apos;s electronic signature. It shows the result at the time of verification; verify the certificate again for later use.</source>
        <translation>本核验件由一窗通终端在核验发证机关电子签名后打印，反映核验当时的结果；日后使用请重新核验证照。</translation>
    </message>
</context>
<context>
    <name>WorkingDayCalendar</name>
    <message>
        <source>The catalog has no holiday calendar for %1, so time limits cannot be counted in working days. Load a catalog that lists the holidays of %1.</source>
        <translation>事项目录没有 %1 年的节假日安排，无法按工作日计算时限。请导入包含 %1 年节假日的目录。</translation>
    </message>
    <message>
        <source>A time limit of %1 working days cannot be counted.</source>
        <translation>无法计算 %1 个工作日的时限。</translation>
    </message>
    <message>
        <source>The dates cannot be counted.</source>
        <translation>无法计算这些日期。</translation>
    </message>
    <message>
        <source>A period of more than ten years cannot be counted.</source>
        <translation>无法计算超过十年的期间。</translation>
    </message>
</context>
<context>
    <name>onewindow::CertificateWallet</name>
    <message>
        <source>Looking up certificates needs the online service hall, which cannot be reached now. Please try again later or ask staff; certificates already shown stay verified.</source>
        <translation>查询证照需要连接网上办事大厅，目前无法连接。请稍后再试或咨询工作人员；已显示的证照核验结果仍然有效。</translation>
    </message>
    <message>
        <source>The hall did not send its trust list (HTTP %1). The cached trust list stays in use.</source>
        <translation>网上办事大厅没有发来信任列表（HTTP %1）。将继续使用已缓存的信任列表。</translation>
    </message>
    <message>
        <source>Identify yourself first (ID card or ID number) to see your certificates.</source>
        <translation>请先核验身份（身份证或身份证号），再查看您的证照。</translation>
    </message>
    <message>
        <source>The session ended before the certificates arrived.</source>
        <translation>证照返回前本次办事已结束。</translation>
    </message>
    <message>
        <source>The hall refused the certificate lookup (HTTP %1). Please ask staff.</source>
        <translation>网上办事大厅拒绝了证照查询（HTTP %1）。请咨询工作人员。</translation>
    </message>
</context>
<context>
    <name>onewindow::CitizenSession</name>
    <message>
        <source>Please enter the name as it is printed on the ID card.</source>
        <translation>请按身份证上的写法输入姓名。</translation>
    </message>
    <message>
        <source>The name is longer than any name on an ID card; please check it.</source>
        <translation>姓名比身份证上可能的姓名还长，请检查。</translation>
    </message>
    <message>
        <source>Please identify yourself first, then the person you apply for.</source>
        <translation>请先核验您本人的身份，再核验您代办的人。</translation>
    </message>
    <message>
        <source>This is your own ID card. To apply for yourself, go back and choose &quot;for myself&quot;.</source>
        <translation>这是您本人的身份证。如为本人办理，请返回并选择“本人办理”。</translation>
    </message>
    <message>
        <source>The person you apply for must agree before you can apply for them.</source>
        <translation>须经被代办人同意后，才能为其代办。</translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation>请先核验身份：将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>The records of the person you apply for are shown only with their ID card on the reader. You can still apply for them; bring their documents to the service window.</source>
        <translation>被代办人的记录只有在其身份证放在读卡器上时才会显示。您仍可为其申请办理，请将其材料带到服务窗口。</translation>
    </message>
    <message>
        <source>To see your records, put your ID card on the reader, or confirm who you are with a face check at this terminal. A typed ID number alone is enough to apply.</source>
        <translation>如需查看您的记录，请将身份证放在读卡器上，或在本终端进行人脸核验确认身份。仅输入身份证号码即可申请办理。</translation>
    </message>
    <message>
        <source>The check was for someone else. Please start again.</source>
        <translation>本次核验针对的是其他人，请重新开始。</translation>
    </message>
</context>
<context>
    <name>onewindow::ContributionPayment</name>
    <message>
        <source>A payment is already under way. Please finish it, or wait until it is confirmed or has expired.</source>
        <translation>已有一笔缴费正在进行。请先完成，或等待其确认或过期。</translation>
    </message>
    <message>
        <source>Please choose at least one period to pay for.</source>
        <translation>请至少选择一个缴费期间。</translation>
    </message>
    <message>
        <source>%1 is not due for payment (it may be paid already). Please choose from the periods listed.</source>
        <translation>%1 不在待缴费期间内（可能已缴费）。请从列出的期间中选择。</translation>
    </message>
    <message>
        <source>Please choose each period only once.</source>
        <translation>每个缴费期间只能选择一次。</translation>
    </message>
    <message>
        <source>The payment order did not reach the hall, so nothing was charged. Please tap Pay again.</source>
        <translation>缴费订单未送达办事大厅，未扣任何费用。请再次点击缴费。</translation>
    </message>
    <message>
        <source>The hall refused this order: these periods are already paid or being paid. Nothing more was charged.</source>
        <translation>办事大厅拒绝了本订单：这些期间已缴费或正在缴费。没有重复扣费。</translation>
    </message>
    <message>
        <source>The hall did not make the payment order (%1). Nothing was charged; please try again or ask at the service window.</source>
        <translation>办事大厅未生成缴费订单（%1），未扣任何费用。请重试或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer about this payment is unclear, so it is not shown as paid. Please do not pay again; ask at the service window.</source>
        <translation>办事大厅关于本次缴费的答复不明确，因此不显示为已缴费。请勿重复缴费，请到服务窗口咨询。</translation>
    </message>
</context>
<context>
    <name>onewindow::HallClient</name>
    <message>
        <source>The hall did not answer in time. The terminal keeps the data and tries again.</source>
        <translation>办事大厅未及时应答。终端保留数据并将重试。</translation>
    </message>
    <message>
        <source>The hall cannot be reached (%1). The terminal keeps the data and tries again.</source>
        <translation>无法连接办事大厅（%1）。终端保留数据并将重试。</translation>
    </message>
    <message>
        <source>Refused to call %1 on the hall: not a path of the hall protocol.</source>
        <translation>拒绝调用办事大厅的 %1：这不是办事大厅协议中的路径。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer was larger than %1 MiB and was dropped.</source>
        <translation>办事大厅的应答超过 %1 MiB，已丢弃。</translation>
    </message>
    <message>
        <source>The hall answered with a redirect (%1), which this terminal does not follow. Check the hall address.</source>
        <translation>办事大厅的应答是重定向（%1），本终端不跟随重定向。请检查办事大厅地址。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer is not valid JSON (%1 at byte %2). The terminal keeps the data and tries again.</source>
        <translation>办事大厅的应答不是有效的 JSON（%1，位于第 %2 字节）。终端保留数据并将重试。</translation>
    </message>
</context>
<context>
    <name>onewindow::HallStaffSessions</name>
    <message>
        <source>The sign-in ended or was made again before the hall answered.</source>
        <translation>办事大厅应答之前，此次登录已结束或已重新登录。</translation>
    </message>
    <message>
        <source>The hall did not accept this sign-in (%1). You can work on here; your decisions wait on this terminal until a sign-in that the hall accepts.</source>
        <translation>办事大厅未接受此次登录（%1）。您可以在本终端继续工作；您的办理决定将保存在本终端，待办事大厅接受您的登录后再上报。</translation>
    </message>
    <message>
        <source>The hall could not open a staff session (HTTP %1); your decisions wait on this terminal until your next sign-in.</source>
        <translation>办事大厅无法建立工作人员会话（HTTP %1）；您的办理决定将保存在本终端，待您下次登录后再上报。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer to a staff sign-in has no token or expiry; your decisions wait on this terminal until your next sign-in.</source>
        <translation>办事大厅对工作人员登录的应答缺少令牌或有效期；您的办理决定将保存在本终端，待您下次登录后再上报。</translation>
    </message>
</context>
<context>
    <name>onewindow::IdentityConfirmation</name>
    <message>
        <source>The session ended before the check was finished.</source>
        <translation>核验完成前本次办理已结束。</translation>
    </message>
    <message>
        <source>The check did not succeed %1 times. Please put your ID card on the reader, or ask at the service window.</source>
        <translation>核验已 %1 次未通过。请将身份证放在读卡器上，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation>请先核验身份：将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>The check is already running. Please look at the camera.</source>
        <translation>正在核验，请看向摄像头。</translation>
    </message>
    <message>
        <source>The face check needs the online service hall, which cannot be reached just now. Please put your ID card on the reader.</source>
        <translation>人脸核验需要连接网上办事大厅，目前无法连接。请将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>The hall refused the check (HTTP %1). Please ask at the service window.</source>
        <translation>网上办事大厅拒绝了本次核验（HTTP %1）。请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The name does not match the record of this ID number. Please check the name you typed, or put your ID card on the reader.</source>
        <translation>姓名与该身份证号码的登记信息不符。请检查您输入的姓名，或将身份证放在读卡器上。</translation>
    </message>
    <message>
        <source>The photo does not match the record of this ID number. Please try again facing the camera, or put your ID card on the reader.</source>
        <translation>照片与该身份证号码的登记信息不符。请正对摄像头重试，或将身份证放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>onewindow::PayeeLookup</name>
    <message>
        <source>Please enter the ID number of the person you are paying for.</source>
        <translation>请输入被代缴人的身份证号码。</translation>
    </message>
    <message>
        <source>This is not a valid resident ID number: %1 Please check it on their ID card.</source>
        <translation>这不是有效的居民身份证号码：%1 请对照其身份证核对。</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>The hall has no resident insurance for this ID number. Please check the number, or ask at the service window.</source>
        <translation>办事大厅没有该身份证号码的城乡居民参保信息。请核对号码，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The hall could not tell what this person owes just now. Please try again later, or ask at the service window.</source>
        <translation>办事大厅暂时无法查询此人的应缴费用。请稍后再试，或到服务窗口咨询。</translation>
    </message>
</context>
<context>
    <name>onewindow::PensionCertifier</name>
    <message>
        <source>The certification is already being sent. Please wait a moment.</source>
        <translation>认证正在提交，请稍候。</translation>
    </message>
    <message>
        <source>The hall did not confirm the certification, so it is not done yet. Please tap Certify again; it will not be counted twice.</source>
        <translation>办事大厅未确认本次认证，认证尚未完成。请再次点击认证，不会重复计算。</translation>
    </message>
    <message>
        <source>The hall has no pension paid to you here, so there is nothing to certify. Please ask at the service window.</source>
        <translation>办事大厅没有您在本地领取养老金的记录，无需认证。请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The hall did not accept the certification (%1). It is not done; please ask at the service window.</source>
        <translation>办事大厅未接受本次认证（%1），认证未完成。请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The hall&apos;s answer did not confirm the certification clearly, so it is not shown as done. Please tap Certify again; it will not be counted twice.</source>
        <translation>办事大厅的答复未明确确认本次认证，因此不显示为已完成。请再次点击认证，不会重复计算。</translation>
    </message>
</context>
<context>
    <name>onewindow::RatingDelivery</name>
    <message>
        <source>The hall could not take a rating (HTTP %1); it is sent again later.</source>
        <translation>网上办事大厅暂时无法接收评价（HTTP %1），稍后将重新发送。</translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedCardReader</name>
    <message>
        <source>The simulated card reader cannot listen on %1: %2</source>
        <translation>模拟读卡器无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>The simulated card reader watches %1, but its folder does not exist.</source>
        <translation>模拟读卡器监视 %1，但其所在文件夹不存在。</translation>
    </message>
    <message>
        <source>%1; a card is in the reader</source>
        <translation>%1；读卡器中有卡</translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedDeviceSource</name>
    <message>
        <source>not started: check its setting, then restart the terminal</source>
        <translation>未启动：请检查其设置，然后重启终端</translation>
    </message>
    <message>
        <source>its socket is closed: restart the terminal</source>
        <translation>其套接字已关闭：请重启终端</translation>
    </message>
    <message>
        <source>its folder %1 is gone: make it again, then restart the terminal</source>
        <translation>其文件夹 %1 已不存在：请重新创建，然后重启终端</translation>
    </message>
    <message>
        <source>its folder %1 cannot be written</source>
        <translation>其文件夹 %1 不可写</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>onewindow::SimulatedQrScanner</name>
    <message>
        <source>The simulated QR scanner cannot listen on %1: %2</source>
        <translation>模拟二维码扫描器无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <source>The simulated QR scanner watches %1, but its folder does not exist.</source>
        <translation>模拟二维码扫描器监视 %1，但其所在文件夹不存在。</translation>
    </message>
</context>
<context>
    <name>onewindow::SocialSecurityFetcher</name>
    <message>
        <source>Social security records are kept by the online service hall, which this terminal cannot reach right now. Please try again later or ask at the service window.</source>
        <translation>社保记录需要向网上办事大厅查询，本终端暂时无法连接。请稍后再试，或到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Your session has ended. Please identify yourself again with your ID card.</source>
        <translation>您的会话已结束。请重新用身份证核验身份。</translation>
    </message>
    <message>
        <source>The hall has no social security records for you. If you have paid contributions, please bring your ID card to the service window.</source>
        <translation>办事大厅没有您的社保记录。如您曾经缴费，请携带身份证到服务窗口咨询。</translation>
    </message>
    <message>
        <source>The online service hall could not answer just now. Please try again in a few minutes.</source>
        <translation>网上办事大厅暂时无法答复。请几分钟后再试。</translation>
    </message>
    <message>
        <source>The hall refused the query (%1). Please ask at the service window.</source>
        <translation>办事大厅拒绝了本次查询（%1）。请到服务窗口咨询。</translation>
    </message>
    <message>
        <source>Please identify yourself first: put your ID card on the reader.</source>
        <translation>请先核验身份：将身份证放在读卡器上。</translation>
    </message>
</context>
<context>
    <name>onewindow::StatementRegistry</name>
    <message>
        <source>Checking a statement needs the online service hall, which cannot be reached now. Please try again later.</source>
        <translation>核验参保证明需要连接网上办事大厅，目前无法连接，请稍后再试。</translation>
    </message>
    <message>
        <source>The hall could not check this statement. Please check the number and the verification value, or ask at the service window.</source>
        <translation>办事大厅无法核验该证明。请核对证明编号和验证码，或到服务窗口咨询。</translation>
    </message>
</context>
<context>
    <name>onewindow::SyncEngine</name>
    <message>
        <source>The hall had a problem (HTTP %1); the terminal tries again later.</source>
        <translation>办事大厅出现问题（HTTP %1），终端稍后重试。</translation>
    </message>
    <message>
        <source>The hall could not send its events (HTTP %1); the terminal tries again later.</source>
        <translation>办事大厅无法发送其事件（HTTP %1），终端稍后重试。</translation>
    </message>
</context>
<context>
    <name>onewindow::TrustListRefresh</name>
    <message>
        <source>This terminal is not connected to a hall (no hall address or certificate), so there is no trust list to fetch.</source>
        <translation>本终端未连接网上办事大厅（未设置大厅地址或证书），无信任列表可获取。</translation>
    </message>
    <message>
        <source>The hall cannot be reached now (%1); the trust list in use stays.</source>
        <translation>目前无法连接大厅（%1）；继续使用现有信任列表。</translation>
    </message>
    <message>
        <source>The hall did not send its trust list (HTTP %1); the trust list in use stays.</source>
        <translation>大厅未发送其信任列表（HTTP %1）；继续使用现有信任列表。</translation>
    </message>
</context>
<context>
    <name>onewindowctl</name>
    <message>
        <source>Write out a document this terminal kept sealed because it had no printer (statements, verified copies, decision notices).</source>
        <translation>导出本终端因无打印机而加密保存的文书（参保证明、核验件、决定书）。</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done, 1 failed, 2 invalid input or usage; some commands add their own.</source>
        <translation>
退出码：0 成功，1 失败，2 输入或用法错误；部分命令另有退出码。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder after it.</source>
        <translation>--data-dir 后面需要跟一个文件夹。</translation>
    </message>
    <message>
        <source>Unknown command or option &quot;%1&quot;. Run onewindowctl --help to see the commands.</source>
        <translation>未知命令或选项“%1”。运行 onewindowctl --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Show the database file, schema version, size and integrity.</source>
        <translation>显示数据库文件、结构版本、大小和完整性。</translation>
    </message>
    <message>
        <source>Connect to the hall with this terminal&apos;s TLS settings and report its version and clock skew, or why it was refused (exit 3 for a TLS refusal).</source>
        <translation>用本终端的 TLS 设置连接办事大厅，报告其版本和时钟偏差，或被拒绝的原因（TLS 被拒时退出码为 3）。</translation>
    </message>
    <message>
        <source>Make this terminal&apos;s key and certificate request, or install the signed certificate and the hall CA.</source>
        <translation>生成本终端的密钥和证书请求，或安装签发的证书和办事大厅 CA。</translation>
    </message>
    <message>
        <source>Check a resident ID number or credit code (exit 2 when invalid).</source>
        <translation>检查居民身份证号码或信用代码（无效时退出码为 2）。</translation>
    </message>
    <message>
        <source>Show the events waiting for the hall, parked events with their reasons, the last success and the last error.</source>
        <translation>显示等待发往办事大厅的事件、被搁置的事件及原因、上次成功和上次错误。</translation>
    </message>
    <message>
        <source>Push waiting events to the hall and pull its events now.</source>
        <translation>立即向办事大厅推送等待中的事件并拉取其事件。</translation>
    </message>
    <message>
        <source>Put a parked event back into the queue after fixing the reason it was refused.</source>
        <translation>修正被拒原因后，将搁置的事件放回队列。</translation>
    </message>
    <message>
        <source>Add a staff account; the password is read from standard input.</source>
        <translation>添加工作人员账号；密码从标准输入读取。</translation>
    </message>
    <message>
        <source>Set a staff member&apos;s password (read from standard input).</source>
        <translation>设置工作人员的密码（从标准输入读取）。</translation>
    </message>
    <message>
        <source>Let a staff account sign in again and clear a lock-out.</source>
        <translation>允许工作人员账号再次登录并解除锁定。</translation>
    </message>
    <message>
        <source>List staff accounts with role, department and state.</source>
        <translation>列出工作人员账号及其角色、部门和状态。</translation>
    </message>
    <message>
        <source>Check the audit chain: ok, or the first changed, removed or re-ordered entry (exit 1).</source>
        <translation>检查审计链：正常，或第一条被修改、删除或调换顺序的记录（退出码 1）。</translation>
    </message>
    <message>
        <source>Print the audit log, optionally from a date on.</source>
        <translation>打印审计日志，可指定起始日期。</translation>
    </message>
    <message>
        <source>List the catalog versions kept on this terminal; * marks the active one.</source>
        <translation>列出本终端保存的目录版本；* 标记生效版本。</translation>
    </message>
    <message>
        <source>Make an earlier catalog version active again.</source>
        <translation>重新启用较早的目录版本。</translation>
    </message>
    <message>
        <source>Find service items by Chinese, full pinyin or pinyin initials.</source>
        <translation>按中文、全拼或拼音首字母查找事项。</translation>
    </message>
    <message>
        <source>Trust a catalog publisher&apos;s SM2 or P-256 public key for its publisherKeyId.</source>
        <translation>按 publisherKeyId 信任目录发布方的 SM2 或 P-256 公钥。</translation>
    </message>
    <message>
        <source>Trust an e-certificate issuer&apos;s SM2 or P-256 public key for its kid.</source>
        <translation>按 kid 信任电子证照发证机关的 SM2 或 P-256 公钥。</translation>
    </message>
    <message>
        <source>List trusted publisher and issuer keys, revocations and the trust list&apos;s age.</source>
        <translation>列出受信任的发布方和发证机关密钥、吊销记录及信任列表的更新时间。</translation>
    </message>
    <message>
        <source>Verify an e-certificate envelope offline: exit 0 genuine, 3 not genuine, 4 expired, 5 revoked, 6 holder mismatch, 2 not an envelope.</source>
        <translation>离线核验电子证照信封：真实有效退出码 0，非真实 3，已过期 4，已吊销 5，持证人不符 6，不是信封 2。</translation>
    </message>
    <message>
        <source>Print the town hall&apos;s KPIs for a period (online handling rates, visits per case, on-time rate, cases per item and day, ratings) as of today or the --as-of day; --csv writes the spreadsheet export.</source>
        <translation>打印本政务服务中心某期间截至今天或 --as-of 所给日期的绩效指标（网上办理各项比率、跑动次数、按时办结率、各事项及每日办件量、好差评）；--csv 输出电子表格导出文件。</translation>
    </message>
    <message>
        <source>Stop trusting a catalog publisher&apos;s key (the active catalog stays).</source>
        <translation>停止信任目录发布方的密钥（当前生效的目录保持不变）。</translation>
    </message>
    <message>
        <source>Stop trusting an e-certificate issuer&apos;s key.</source>
        <translation>停止信任电子证照签发方的密钥。</translation>
    </message>
    <message>
        <source>Usage: onewindowctl [--data-dir DIR] COMMAND [ARGUMENTS]

Administer a OneWindow government service terminal.

Options:
  --data-dir DIR   the terminal&apos;s data folder (default: %1)
  --yes            do not ask before a change (a script never is asked)
  --verbose        also print what the program does (migrations, keys)
  --help           show this help; COMMAND --help shows one command&apos;s
  --version        show the version

Commands:
</source>
        <translation>用法：onewindowctl [--data-dir 文件夹] 命令 [参数]

管理一窗通政务服务终端。

选项：
  --data-dir 文件夹   终端的数据文件夹（默认：%1）
  --yes            更改前不再询问（脚本运行时从不询问）
  --verbose        同时显示程序所做的工作（迁移、密钥）
  --help           显示本帮助；“命令 --help”显示该命令的帮助
  --version        显示版本

命令：
</translation>
    </message>
    <message>
        <source>Usage: onewindowctl [--data-dir DIR] %1

%2

Options of every command:
  --data-dir DIR   the terminal&apos;s data folder
  --yes            do not ask before a change
  --verbose        also print what the program does (migrations, keys)
</source>
        <translation>用法：onewindowctl [--data-dir 文件夹] %1

%2

所有命令通用的选项：
  --data-dir 文件夹   终端的数据文件夹
  --yes            更改前不再询问
  --verbose        同时显示程序所做的工作（迁移、密钥）
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean &quot;onewindowctl %2&quot;? Run onewindowctl --help to see the commands.</source>
        <translation>未知命令“%1”。您是不是要用“onewindowctl %2”？运行 onewindowctl --help 查看所有命令。</translation>
    </message>
    <message>
        <source>Set up a new terminal in the data folder (its database and data key); every other command refuses a folder that holds no terminal (exit 2).</source>
        <translation>在数据文件夹中建立新终端（数据库和数据密钥）；其他命令都拒绝没有终端的文件夹（退出码 2）。</translation>
    </message>
    <message>
        <source>Stop a staff account from signing in (never the last active administrator).</source>
        <translation>禁止某个工作人员账号登录（最后一个在用的管理员除外）。</translation>
    </message>
    <message>
        <source>Verify, check and apply a signed service catalog (exit 2 invalid, 3 signature or trust failure, 4 older than the active catalog without --allow-older).</source>
        <translation>核验、检查并应用已签名的服务目录（退出码 2 无效，3 签名或信任失败，4 比生效目录旧且未加 --allow-older）。</translation>
    </message>
    <message>
        <source>Add a certificate number to a trusted issuer&apos;s revocation list on this terminal.</source>
        <translation>在本终端将某证照编号加入已信任签发方的吊销列表。</translation>
    </message>
    <message>
        <source>Lift a revocation made on this terminal (audited).</source>
        <translation>解除在本终端所做的吊销（记入审计）。</translation>
    </message>
    <message>
        <source>Set the town hall&apos;s name that receipts and notices print as the service centre (audited).</source>
        <translation>设置回执和通知书上印作服务中心的政务服务中心名称（记入审计）。</translation>
    </message>
    <message>
        <source>Deactivate a staff account: kept for the audit trail, cannot sign in (never the last active administrator).</source>
        <translation>停用工作人员账号：账号保留以备审计，但不能登录（不能停用最后一个有效的管理员）。</translation>
    </message>
    <message>
        <source>Reactivate a deactivated staff account.</source>
        <translation>重新启用已停用的工作人员账号。</translation>
    </message>
    <message>
        <source>Record a staff member&apos;s real name (an empty NAME clears it); stored encrypted.</source>
        <translation>记录工作人员的姓名（NAME 为空则清除）；加密保存。</translation>
    </message>
    <message>
        <source>Fetch the hall&apos;s trust list (issuer keys and revocations) now; good syncs fetch it when it is older than six hours.</source>
        <translation>立即获取大厅的信任列表（签发机构密钥和吊销）；同步成功时，若列表已超过六小时也会获取。</translation>
    </message>
</context>
</TS>
