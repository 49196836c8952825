#!/usr/bin/env python3
"""Writes OneWindow service catalogs (shared/formats/catalog.md), unsigned.

  catalog-generator.py demo                 the Guangdong demo catalog (resources/catalog/demo-catalog.json)
  catalog-generator.py synthetic N [SEED]   N realistic-looking items for tests and benchmarks

Sign the output with packaging/make-demo-catalog.sh (openssl dgst), never here.
"""
import json
import random
import sys

DEPARTMENTS = [
    # code, name, English name, unified social credit code used as the item code prefix
    ("GD-RSJ", "人力资源和社会保障局", "Human Resources and Social Security Bureau", "11440000006939800X"),
    ("GD-YBJ", "医疗保障局", "Healthcare Security Administration", "11440000MB2C08412P"),
    ("GD-MZJ", "民政局", "Civil Affairs Bureau", "114400000061889513"),
    ("GD-GAJ", "公安局", "Public Security Bureau", "11440000006939711G"),
    ("GD-SCJGJ", "市场监督管理局", "Administration for Market Regulation", "11440000MB2C0166X4"),
    ("GD-GJJ", "住房公积金管理中心", "Housing Provident Fund Management Center", "12440000455859172D"),
    ("GD-WJJ", "卫生健康局", "Health Commission", "11440000MB2C03218K"),
    ("GD-JYJ", "教育局", "Education Bureau", "11440000006939500F"),
    ("GD-SFJ", "司法局", "Justice Bureau", "114400000061887272"),
    ("GD-CL", "残疾人联合会", "Disabled Persons' Federation", "13440000455858012Y"),
    ("GD-TYJRJ", "退役军人事务局", "Veterans Affairs Bureau", "11440000MB2C37524R"),
    ("GD-ZJJ", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau", "11440000006940080J"),
]

CERTIFICATE_TYPES = [
    ("RESIDENT_ID", "居民身份证", "Resident ID card"),
    ("HOUSEHOLD_REGISTER", "居民户口簿", "Household register"),
    ("MARRIAGE_CERT", "结婚证", "Marriage certificate"),
    ("BIRTH_CERT", "出生医学证明", "Medical birth certificate"),
    ("BUSINESS_LICENSE", "营业执照", "Business licence"),
    ("DISABILITY_CERT", "残疾人证", "Disability certificate"),
    ("SOCIAL_SECURITY_CARD", "社会保障卡", "Social security card"),
    ("RESIDENCE_PERMIT", "居住证", "Residence permit"),
    ("DIVORCE_CERT", "离婚证", "Divorce certificate"),
    ("RETIREMENT_CERT", "退休证", "Retirement certificate"),
    ("DRIVING_LICENSE", "机动车驾驶证", "Driving licence"),
    ("VETERAN_CERT", "退役军人证", "Veteran certificate"),
]

# The themes (life events) in English, for a kiosk read in English (catalog key themesEn).
THEMES_EN = {
    "就业创业": "Jobs and start-ups",
    "扶残助困": "Disability and hardship",
    "社会保障": "Social security",
    "住房": "Housing",
    "养老": "Old age",
    "开办企业": "Starting a business",
    "医疗健康": "Health care",
    "户籍身份": "Household registration",
    "出生": "Birth",
    "上学": "School",
    "法律服务": "Legal services",
    "退休": "Retirement",
    "婚姻登记": "Marriage registration",
    "身后事": "After a death",
}

# Form fields shared by items: one key, one type everywhere (一表式).
FIELDS = {
    "name": {"key": "applicant.name", "label": "姓名", "labelEn": "Name", "type": "text", "required": True,
             "prefill": "RESIDENT_ID.holderName"},
    "id": {"key": "applicant.idNumber", "label": "公民身份号码", "labelEn": "Citizen ID number", "type": "resident_id",
           "required": True, "prefill": "RESIDENT_ID.number"},
    "phone": {"key": "applicant.phone", "label": "联系电话", "labelEn": "Phone number", "type": "phone", "required": True},
    "address": {"key": "applicant.address", "label": "现居住地址", "labelEn": "Current address", "type": "multiline", "required": True},
    "email": {"key": "applicant.email", "label": "电子邮箱", "labelEn": "Email address", "type": "email", "required": False},
    "credit": {"key": "employer.creditCode", "label": "单位统一社会信用代码", "labelEn": "Employer's unified social credit code", "type": "credit_code",
               "required": False, "prefill": "BUSINESS_LICENSE.creditCode"},
    "employer": {"key": "employer.name", "label": "单位名称", "labelEn": "Employer's name", "type": "text", "required": False},
    "bank": {"key": "applicant.bankAccount", "label": "本人银行账号", "labelEn": "Your bank account number", "type": "text", "required": True},
    "reason": {"key": "application.reason", "label": "申请事由", "labelEn": "Reason for the application", "type": "multiline", "required": True},
    "date": {"key": "application.eventDate", "label": "事项发生日期", "labelEn": "Date of the event", "type": "date", "required": True},
    "spouse": {"key": "spouse.idNumber", "label": "配偶公民身份号码", "labelEn": "Spouse's citizen ID number", "type": "resident_id", "required": True},
    "child": {"key": "child.name", "label": "子女姓名", "labelEn": "Child's name", "type": "text", "required": True},
    "childBirth": {"key": "child.birthDate", "label": "子女出生日期", "labelEn": "Child's date of birth", "type": "date", "required": True},
    "income": {"key": "household.monthlyIncome", "label": "家庭月人均收入（元）", "labelEn": "Monthly household income per person (yuan)", "type": "number", "required": True},
    "members": {"key": "household.members", "label": "家庭成员人数", "labelEn": "Number of household members", "type": "number", "required": True},
    "amount": {"key": "application.amount", "label": "申请金额（元）", "labelEn": "Amount applied for (yuan)", "type": "number", "required": True},
    "delivery": {"key": "delivery.method", "label": "领取方式", "labelEn": "How to receive it", "type": "choice", "required": True,
                 "options": ["窗口领取", "邮寄到家"],
                 "optionsEn": ["Collect at the window", "Send it to my home"]},
    "capital": {"key": "company.registeredCapital", "label": "注册资本（万元）", "labelEn": "Registered capital (10,000 yuan)", "type": "number", "required": True},
    "companyName": {"key": "company.name", "label": "企业名称", "labelEn": "Company name", "type": "text", "required": True},
    "scope": {"key": "company.businessScope", "label": "经营范围", "labelEn": "Business scope", "type": "multiline", "required": True},
    "agree": {"key": "application.consent", "label": "本人承诺所填信息真实有效", "labelEn": "I promise that what I have filled in is true", "type": "bool", "required": True},
}

# material short name → (material name, its English, certificate types that satisfy it)
MATERIALS = {
    "id": ("居民身份证", "Resident ID card", ["RESIDENT_ID"]),
    "hukou": ("居民户口簿", "Household register", ["HOUSEHOLD_REGISTER"]),
    "photo": ("近期一寸免冠彩色照片", "Recent 1-inch colour photo, bareheaded", []),
    "marriage": ("结婚证", "Marriage certificate", ["MARRIAGE_CERT"]),
    "birth": ("出生医学证明", "Medical birth certificate", ["BIRTH_CERT"]),
    "license": ("营业执照", "Business licence", ["BUSINESS_LICENSE"]),
    "disability": ("残疾人证", "Disability certificate", ["DISABILITY_CERT"]),
    "sscard": ("社会保障卡", "Social security card", ["SOCIAL_SECURITY_CARD"]),
    "permit": ("居住证", "Residence permit", ["RESIDENCE_PERMIT"]),
    "contract": ("劳动合同", "Employment contract", []),
    "income": ("家庭收入证明", "Proof of household income", []),
    "bank": ("本人银行卡", "Your own bank card", []),
    "medical": ("医疗费用发票及明细清单", "Medical invoices with itemised list", []),
    "diagnosis": ("医院诊断证明", "Hospital's diagnosis", []),
    "lease": ("房屋租赁合同", "Tenancy agreement", []),
    "property": ("不动产权证书", "Real estate title certificate", []),
    "divorce": ("离婚证", "Divorce certificate", ["DIVORCE_CERT"]),
    "retire": ("退休证", "Retirement certificate", ["RETIREMENT_CERT"]),
    "statute": ("公司章程", "Articles of association", []),
    "premises": ("经营场所使用证明", "Proof of use of the business premises", []),
    "driving": ("机动车驾驶证", "Driving licence", ["DRIVING_LICENSE"]),
    "health": ("体检证明", "Medical examination report", []),
    "veteran": ("退役军人证", "Veteran certificate", ["VETERAN_CERT"]),
    "agreement": ("离婚协议书", "Divorce agreement", []),
    "promise": ("个人承诺书", "Personal pledge", []),
}

# department, name, short name, English name, level, kind, themes, audience, legal, promised,
# fee (cents), online level, materials, fields, parallel (indexes into this list)
ITEMS = [
    ("GD-RSJ", "社会保障卡申领", "社保卡申领", "Social security card application", "county", "public_service",
     ["社会保障"], ["person"], 20, 10, 0, 4, ["id", "photo"], ["name", "id", "phone", "address", "delivery"], []),
    ("GD-RSJ", "社会保障卡挂失", "社保卡挂失", "Report a lost social security card", "town", "public_service",
     ["社会保障"], ["person"], 1, 0, 0, 4, ["id"], ["name", "id", "phone"], [2]),
    ("GD-RSJ", "社会保障卡补换", "社保卡补换", "Social security card replacement", "county", "public_service",
     ["社会保障"], ["person"], 20, 7, 0, 4, ["id", "photo"], ["name", "id", "phone", "address", "delivery"], [1]),
    ("GD-RSJ", "社会保障卡启用", "社保卡激活", "Social security card activation", "town", "public_service",
     ["社会保障"], ["person"], 1, 0, 0, 3, ["id", "sscard"], ["name", "id", "phone"], []),
    ("GD-RSJ", "职工基本养老保险参保登记", "养老参保登记", "Employee basic pension insurance enrollment", "county",
     "public_service", ["就业创业", "社会保障", "养老"], ["person", "enterprise"], 20, 5, 0, 4, ["id", "contract"],
     ["name", "id", "phone", "credit", "employer"], [5]),
    ("GD-RSJ", "城乡居民基本养老保险参保登记", "居民养老参保", "Urban and rural residents' pension enrollment", "town",
     "public_service", ["社会保障", "养老"], ["person"], 20, 3, 0, 4, ["id", "hukou"], ["name", "id", "phone", "address"], []),
    ("GD-RSJ", "基本养老保险关系转移接续", "养老保险转移", "Pension insurance transfer", "county", "public_service",
     ["社会保障", "养老", "就业创业"], ["person"], 45, 15, 0, 4, ["id"], ["name", "id", "phone", "reason"], []),
    ("GD-RSJ", "基本养老金申领", "领取养老金", "Basic pension claim", "county", "administrative_payment",
     ["退休", "养老"], ["person"], 20, 10, 0, 3, ["id", "sscard", "bank"], ["name", "id", "phone", "bank", "date"], []),
    ("GD-RSJ", "失业保险金申领", "失业金申领", "Unemployment benefit claim", "county", "administrative_payment",
     ["就业创业", "社会保障"], ["person"], 20, 5, 0, 4, ["id", "bank"], ["name", "id", "phone", "bank", "date"], [9]),
    ("GD-RSJ", "失业登记", "失业登记", "Unemployment registration", "town", "public_service",
     ["就业创业"], ["person"], 5, 0, 0, 4, ["id"], ["name", "id", "phone", "address"], [8]),
    ("GD-RSJ", "就业登记", "就业登记", "Employment registration", "town", "public_service",
     ["就业创业"], ["person", "enterprise"], 5, 0, 0, 4, ["id", "contract"], ["name", "id", "phone", "credit", "employer"], []),
    ("GD-RSJ", "就业困难人员认定", "就业困难认定", "Recognition of persons with employment difficulty", "county",
     "administrative_confirmation", ["就业创业", "扶残助困"], ["person"], 15, 10, 0, 3, ["id", "hukou", "income"],
     ["name", "id", "phone", "address", "reason"], []),
    ("GD-RSJ", "创业担保贷款申请", "创业贷款", "Start-up guaranteed loan", "city", "public_service",
     ["就业创业", "开办企业"], ["person", "enterprise"], 30, 15, 0, 3, ["id", "license"],
     ["name", "id", "phone", "credit", "amount"], []),
    ("GD-RSJ", "个人社保参保缴费证明打印", "社保缴费证明", "Social insurance contribution certificate", "town",
     "public_service", ["社会保障", "住房", "上学"], ["person"], 1, 0, 0, 4, ["id"], ["name", "id"], []),
    ("GD-RSJ", "工伤认定申请", "工伤认定", "Work injury recognition", "city", "administrative_confirmation",
     ["就业创业", "社会保障"], ["person", "enterprise"], 60, 40, 0, 3, ["id", "contract", "diagnosis"],
     ["name", "id", "phone", "credit", "employer", "date", "reason"], []),
    ("GD-RSJ", "职业技能等级证书查询核验", "技能证书查询", "Vocational skill certificate check", "province",
     "public_service", ["就业创业"], ["person"], 1, 0, 0, 4, ["id"], ["name", "id"], []),
    ("GD-RSJ", "劳动人事争议仲裁申请", "劳动仲裁", "Labour dispute arbitration", "county", "other",
     ["就业创业", "法律服务"], ["person", "enterprise"], 45, 45, 0, 2, ["id", "contract"],
     ["name", "id", "phone", "address", "employer", "reason"], []),
    ("GD-YBJ", "城乡居民基本医疗保险参保登记", "居民医保参保", "Residents' basic medical insurance enrollment", "town",
     "public_service", ["社会保障", "医疗健康", "出生"], ["person"], 10, 1, 0, 4, ["id", "hukou"],
     ["name", "id", "phone", "address"], []),
    ("GD-YBJ", "基本医疗保险关系转移接续", "医保转移", "Medical insurance transfer", "county", "public_service",
     ["社会保障", "医疗健康"], ["person"], 45, 15, 0, 4, ["id"], ["name", "id", "phone", "reason"], []),
    ("GD-YBJ", "异地就医备案", "异地就医备案", "Registration for medical treatment elsewhere", "city", "public_service",
     ["医疗健康"], ["person"], 5, 0, 0, 4, ["id", "diagnosis"], ["name", "id", "phone", "address", "date"], []),
    ("GD-YBJ", "门诊特定病种待遇认定", "门特认定", "Recognition of specified outpatient diseases", "county",
     "administrative_confirmation", ["医疗健康"], ["person"], 20, 10, 0, 3, ["id", "diagnosis"],
     ["name", "id", "phone", "reason"], []),
    ("GD-YBJ", "零星医疗费用报销", "医疗费报销", "Reimbursement of medical expenses", "county",
     "administrative_payment", ["医疗健康"], ["person"], 30, 20, 0, 3, ["id", "medical", "bank"],
     ["name", "id", "phone", "bank", "amount"], []),
    ("GD-YBJ", "生育医疗费用报销", "生育报销", "Maternity medical expense reimbursement", "county",
     "administrative_payment", ["出生", "医疗健康"], ["person"], 30, 15, 0, 3, ["id", "birth", "medical", "bank"],
     ["name", "id", "phone", "bank", "child", "childBirth"], [23]),
    ("GD-YBJ", "生育津贴申领", "生育津贴", "Maternity allowance claim", "county", "administrative_payment",
     ["出生", "社会保障"], ["person", "enterprise"], 30, 15, 0, 3, ["id", "birth", "bank"],
     ["name", "id", "phone", "bank", "credit", "childBirth"], [22]),
    ("GD-MZJ", "内地居民结婚登记", "结婚登记", "Marriage registration", "county", "administrative_confirmation",
     ["婚姻登记"], ["person"], 1, 0, 900, 2, ["id", "hukou", "photo"], ["name", "id", "phone", "spouse"], []),
    ("GD-MZJ", "内地居民离婚登记", "离婚登记", "Divorce registration", "county", "administrative_confirmation",
     ["婚姻登记"], ["person"], 30, 30, 0, 2, ["id", "hukou", "marriage", "agreement", "photo"],
     ["name", "id", "phone", "spouse"], []),
    ("GD-MZJ", "补领结婚证", "补领结婚证", "Replacement marriage certificate", "county", "administrative_confirmation",
     ["婚姻登记"], ["person"], 1, 0, 900, 2, ["id", "hukou", "photo"], ["name", "id", "phone", "spouse"], []),
    ("GD-MZJ", "最低生活保障申请", "低保申请", "Minimum living allowance application", "county", "administrative_payment",
     ["扶残助困"], ["person"], 30, 25, 0, 3, ["id", "hukou", "income"],
     ["name", "id", "phone", "address", "income", "members", "bank"], [29]),
    ("GD-MZJ", "特困人员救助供养", "特困供养", "Support for persons in extreme poverty", "county",
     "administrative_payment", ["扶残助困", "养老"], ["person"], 30, 20, 0, 3, ["id", "hukou", "income"],
     ["name", "id", "phone", "address", "income", "members"], []),
    ("GD-MZJ", "临时救助申请", "临时救助", "Temporary assistance", "town", "administrative_payment",
     ["扶残助困"], ["person"], 15, 7, 0, 3, ["id", "hukou", "income"],
     ["name", "id", "phone", "address", "income", "reason", "bank"], [27]),
    ("GD-MZJ", "高龄老人津贴申领", "高龄津贴", "Allowance for the very old", "town", "administrative_payment",
     ["养老"], ["person"], 20, 10, 0, 4, ["id", "hukou", "bank"], ["name", "id", "phone", "bank"], []),
    ("GD-MZJ", "居家养老服务补贴申请", "居家养老补贴", "Home-based elderly care subsidy", "town",
     "administrative_payment", ["养老", "扶残助困"], ["person"], 20, 15, 0, 3, ["id", "income"],
     ["name", "id", "phone", "address", "income"], []),
    ("GD-MZJ", "基本殡葬服务费用减免", "殡葬费减免", "Basic funeral service fee waiver", "county",
     "administrative_payment", ["身后事"], ["person"], 5, 1, 0, 2, ["id", "hukou"], ["name", "id", "phone", "date"], [83]),
    ("GD-MZJ", "收养登记", "收养登记", "Adoption registration", "city", "administrative_confirmation",
     ["婚姻登记", "出生"], ["person"], 30, 30, 0, 1, ["id", "hukou", "marriage", "income", "health"],
     ["name", "id", "phone", "address", "child", "childBirth"], []),
    ("GD-MZJ", "社会团体成立登记", "社团登记", "Registration of a social organisation", "city",
     "administrative_license", ["开办企业"], ["organization"], 60, 30, 0, 3, ["id", "statute", "premises"],
     ["name", "id", "phone", "companyName", "scope"], []),
    ("GD-GAJ", "居民身份证申领", "身份证办理", "Resident identity card application", "county",
     "administrative_license", ["户籍身份"], ["person"], 60, 20, 2000, 2, ["hukou", "photo"],
     ["name", "id", "phone", "address", "delivery"], []),
    ("GD-GAJ", "居民身份证换领", "身份证换领", "Resident identity card renewal", "county", "administrative_license",
     ["户籍身份"], ["person"], 60, 20, 2000, 2, ["id", "hukou"], ["name", "id", "phone", "delivery"], []),
    ("GD-GAJ", "居民身份证补领", "身份证补领", "Resident identity card replacement", "county",
     "administrative_license", ["户籍身份"], ["person"], 60, 20, 4000, 2, ["hukou", "photo"],
     ["name", "id", "phone", "delivery", "reason"], [38]),
    ("GD-GAJ", "临时居民身份证申领", "临时身份证", "Temporary resident identity card", "county",
     "administrative_license", ["户籍身份"], ["person"], 3, 1, 1000, 1, ["hukou", "photo"],
     ["name", "id", "phone", "reason"], [37]),
    ("GD-GAJ", "出生登记", "新生儿入户", "Birth registration (household register)", "county",
     "administrative_confirmation", ["出生", "户籍身份"], ["person"], 20, 5, 0, 3, ["birth", "hukou", "marriage"],
     ["name", "id", "phone", "child", "childBirth"], [57, 17]),
    ("GD-GAJ", "户口迁移", "户口迁入", "Household registration transfer", "county", "administrative_license",
     ["户籍身份", "住房", "就业创业"], ["person"], 20, 10, 0, 3, ["id", "hukou", "property"],
     ["name", "id", "phone", "address", "reason"], []),
    ("GD-GAJ", "居住证申领", "办居住证", "Residence permit application", "town", "administrative_license",
     ["户籍身份", "住房"], ["person"], 15, 10, 0, 3, ["id", "lease", "photo"], ["name", "id", "phone", "address"], []),
    ("GD-GAJ", "无犯罪记录证明开具", "无犯罪证明", "Certificate of no criminal record", "county", "public_service",
     ["就业创业", "户籍身份"], ["person"], 3, 1, 0, 4, ["id"], ["name", "id", "phone", "reason", "delivery"], []),
    ("GD-GAJ", "往来港澳通行证申领", "港澳通行证", "Exit-entry permit for Hong Kong and Macao", "city",
     "administrative_license", ["户籍身份"], ["person"], 10, 7, 6000, 2, ["id", "photo"],
     ["name", "id", "phone", "delivery"], []),
    ("GD-GAJ", "机动车驾驶证期满换证", "驾驶证换证", "Driving licence renewal", "city", "administrative_license",
     ["户籍身份"], ["person"], 1, 0, 1000, 4, ["id", "driving", "health"], ["name", "id", "phone", "delivery"], []),
    ("GD-SCJGJ", "个体工商户设立登记", "个体户注册", "Registration of an individual business", "town",
     "administrative_license", ["开办企业", "就业创业"], ["person"], 15, 1, 0, 4, ["id", "premises"],
     ["name", "id", "phone", "companyName", "scope", "address"], [12]),
    ("GD-SCJGJ", "有限责任公司设立登记", "公司注册", "Limited liability company registration", "county",
     "administrative_license", ["开办企业"], ["enterprise", "person"], 15, 1, 0, 4, ["id", "statute", "premises"],
     ["name", "id", "phone", "companyName", "scope", "capital"], [47]),
    ("GD-SCJGJ", "企业名称自主申报", "企业名称申报", "Company name self-declaration", "county", "public_service",
     ["开办企业"], ["enterprise", "person"], 1, 0, 0, 4, ["id"], ["name", "id", "phone", "companyName"], [46]),
    ("GD-SCJGJ", "营业执照变更登记", "执照变更", "Business licence amendment", "county", "administrative_license",
     ["开办企业"], ["enterprise"], 15, 1, 0, 4, ["license", "id"], ["name", "id", "phone", "credit", "reason"], []),
    ("GD-SCJGJ", "企业注销登记", "企业注销", "Company deregistration", "county", "administrative_license",
     ["开办企业"], ["enterprise"], 15, 3, 0, 4, ["license", "id", "promise"], ["name", "id", "phone", "credit", "reason"], []),
    ("GD-SCJGJ", "食品经营许可", "食品经营许可证", "Food business licence", "county", "administrative_license",
     ["开办企业"], ["enterprise", "person"], 20, 10, 0, 3, ["license", "id", "premises", "health"],
     ["name", "id", "phone", "credit", "companyName", "address"], []),
    ("GD-SCJGJ", "营业执照遗失补领", "执照补领", "Replacement business licence", "county", "administrative_license",
     ["开办企业"], ["enterprise"], 15, 1, 0, 4, ["id", "promise"], ["name", "id", "phone", "credit"], []),
    ("GD-GJJ", "住房公积金提取（租房）", "租房提取公积金", "Housing provident fund withdrawal for rent", "city",
     "public_service", ["住房"], ["person"], 5, 1, 0, 4, ["id", "lease", "bank"], ["name", "id", "phone", "bank", "amount"], []),
    ("GD-GJJ", "住房公积金提取（退休）", "退休提取公积金", "Housing provident fund withdrawal on retirement", "city",
     "public_service", ["退休", "住房"], ["person"], 5, 1, 0, 4, ["id", "retire", "bank"], ["name", "id", "phone", "bank"], [85]),
    ("GD-GJJ", "住房公积金个人住房贷款申请", "公积金贷款", "Housing provident fund mortgage", "city",
     "public_service", ["住房"], ["person"], 15, 10, 0, 3, ["id", "marriage", "property", "income"],
     ["name", "id", "phone", "amount", "address"], []),
    ("GD-GJJ", "住房公积金缴存证明开具", "公积金缴存证明", "Housing provident fund contribution certificate", "city",
     "public_service", ["住房"], ["person"], 1, 0, 0, 4, ["id"], ["name", "id"], []),
    ("GD-GJJ", "灵活就业人员住房公积金缴存登记", "灵活就业公积金", "Provident fund enrollment of the self-employed",
     "city", "public_service", ["住房", "就业创业"], ["person"], 5, 1, 0, 4, ["id", "bank"],
     ["name", "id", "phone", "bank"], []),
    ("GD-WJJ", "出生医学证明签发", "出生证明", "Birth medical certificate", "county", "administrative_confirmation",
     ["出生"], ["person"], 5, 1, 0, 2, ["id", "marriage"], ["name", "id", "phone", "spouse", "child", "childBirth"], [39]),
    ("GD-WJJ", "生育登记", "生育登记", "Birth registration (family planning)", "town", "public_service",
     ["出生"], ["person"], 1, 0, 0, 4, ["id", "marriage"], ["name", "id", "phone", "spouse"], [57]),
    ("GD-WJJ", "计划生育家庭特别扶助金申领", "计生特扶", "Special support for family planning households", "county",
     "administrative_payment", ["扶残助困", "养老"], ["person"], 30, 20, 0, 2, ["id", "hukou"],
     ["name", "id", "phone", "bank"], []),
    ("GD-WJJ", "医师执业注册", "医师注册", "Physician practice registration", "city", "administrative_license",
     ["就业创业", "医疗健康"], ["person"], 20, 10, 0, 4, ["id", "health", "photo"],
     ["name", "id", "phone", "employer", "credit"], []),
    ("GD-WJJ", "护士执业注册", "护士注册", "Nurse practice registration", "city", "administrative_license",
     ["就业创业", "医疗健康"], ["person"], 20, 10, 0, 4, ["id", "health", "photo"],
     ["name", "id", "phone", "employer", "credit"], []),
    ("GD-WJJ", "预防接种证补办", "接种证补办", "Vaccination record replacement", "town", "public_service",
     ["出生", "上学", "医疗健康"], ["person"], 5, 0, 0, 2, ["id", "birth"], ["name", "id", "child", "childBirth"], []),
    ("GD-JYJ", "义务教育阶段新生入学报名", "小学入学报名", "Primary school enrolment", "county", "public_service",
     ["上学"], ["person"], 30, 30, 0, 4, ["hukou", "birth", "property"],
     ["name", "id", "phone", "address", "child", "childBirth"], [62]),
    ("GD-JYJ", "随迁子女积分入学申请", "积分入学", "School place for migrant workers' children", "county",
     "public_service", ["上学", "住房"], ["person"], 30, 30, 0, 4, ["id", "permit", "sscard", "lease"],
     ["name", "id", "phone", "address", "child", "childBirth"], [41]),
    ("GD-JYJ", "家庭经济困难学生资助申请", "学生资助", "Financial aid for students", "county",
     "administrative_payment", ["上学", "扶残助困"], ["person"], 30, 20, 0, 3, ["id", "hukou", "income"],
     ["name", "id", "phone", "child", "income", "bank"], []),
    ("GD-JYJ", "教师资格认定", "教师资格证", "Teacher qualification", "county", "administrative_license",
     ["就业创业"], ["person"], 60, 30, 0, 3, ["id", "health", "photo"], ["name", "id", "phone", "address"], []),
    ("GD-SFJ", "法律援助申请", "法律援助", "Legal aid application", "county", "public_service",
     ["法律服务", "扶残助困"], ["person"], 7, 3, 0, 3, ["id", "income"], ["name", "id", "phone", "address", "reason"], []),
    ("GD-SFJ", "人民调解申请", "人民调解", "People's mediation", "town", "public_service",
     ["法律服务"], ["person"], 30, 15, 0, 2, ["id"], ["name", "id", "phone", "reason"], []),
    ("GD-SFJ", "公证事项办理预约", "公证预约", "Notarisation appointment", "county", "public_service",
     ["法律服务"], ["person", "enterprise"], 15, 5, 0, 3, ["id"], ["name", "id", "phone", "reason", "date"], []),
    ("GD-SFJ", "律师执业许可", "律师执业证", "Lawyer practice licence", "province", "administrative_license",
     ["法律服务", "就业创业"], ["person"], 20, 15, 0, 3, ["id", "photo", "promise"], ["name", "id", "phone", "employer"], []),
    ("GD-CL", "残疾人证申领", "办残疾证", "Disability certificate application", "county",
     "administrative_confirmation", ["扶残助困"], ["person"], 30, 20, 0, 2, ["id", "hukou", "photo", "diagnosis"],
     ["name", "id", "phone", "address"], [73, 74]),
    ("GD-CL", "残疾人证换领", "残疾证换领", "Disability certificate renewal", "county", "administrative_confirmation",
     ["扶残助困"], ["person"], 30, 10, 0, 3, ["id", "disability", "photo"], ["name", "id", "phone"], []),
    ("GD-CL", "困难残疾人生活补贴申领", "残疾人生活补贴", "Living allowance for disabled persons in hardship",
     "town", "administrative_payment", ["扶残助困"], ["person"], 20, 15, 0, 3, ["id", "disability", "income"],
     ["name", "id", "phone", "bank", "income"], [71]),
    ("GD-CL", "重度残疾人护理补贴申领", "残疾人护理补贴", "Nursing allowance for severely disabled persons",
     "town", "administrative_payment", ["扶残助困"], ["person"], 20, 15, 0, 3, ["id", "disability"],
     ["name", "id", "phone", "bank"], [71]),
    ("GD-CL", "残疾人辅助器具适配申请", "辅具适配", "Assistive device fitting", "county", "public_service",
     ["扶残助困", "医疗健康"], ["person"], 30, 20, 0, 2, ["id", "disability"], ["name", "id", "phone", "address", "reason"], []),
    ("GD-TYJRJ", "退役军人优待证申领", "退役军人优待证", "Veterans' preferential treatment card", "county",
     "public_service", ["就业创业"], ["person"], 30, 15, 0, 3, ["id", "veteran", "photo"],
     ["name", "id", "phone", "address", "delivery"], []),
    ("GD-TYJRJ", "退役士兵自主就业一次性经济补助", "退役士兵补助", "One-off subsidy for self-employed veterans",
     "county", "administrative_payment", ["就业创业"], ["person"], 30, 20, 0, 2, ["id", "veteran", "bank"],
     ["name", "id", "phone", "bank"], []),
    ("GD-TYJRJ", "退役军人信息采集", "退役军人登记", "Veteran information registration", "town", "public_service",
     ["就业创业"], ["person"], 5, 1, 0, 3, ["id", "veteran"], ["name", "id", "phone", "address"], []),
    ("GD-ZJJ", "公共租赁住房申请", "公租房申请", "Public rental housing application", "city", "public_service",
     ["住房", "扶残助困"], ["person"], 60, 40, 0, 3, ["id", "hukou", "income", "marriage"],
     ["name", "id", "phone", "address", "income", "members"], []),
    ("GD-ZJJ", "住房租赁补贴申请", "租房补贴", "Housing rental subsidy", "city", "administrative_payment",
     ["住房", "扶残助困"], ["person"], 30, 20, 0, 3, ["id", "hukou", "income", "lease"],
     ["name", "id", "phone", "income", "members", "bank"], [79]),
    ("GD-ZJJ", "商品房买卖合同网签备案", "购房备案", "Registration of a home purchase contract", "city",
     "administrative_confirmation", ["住房"], ["person"], 5, 1, 0, 4, ["id", "marriage"],
     ["name", "id", "phone", "address", "amount"], []),
    ("GD-ZJJ", "建筑施工企业资质许可", "建筑资质", "Construction company qualification", "province",
     "administrative_license", ["开办企业"], ["enterprise"], 20, 15, 0, 4, ["license", "statute"],
     ["name", "id", "phone", "credit", "companyName"], []),
    ("GD-MZJ", "身故人员丧葬补助金申领", "丧葬补助金", "Funeral grant claim", "county", "administrative_payment",
     ["身后事", "社会保障"], ["person"], 20, 10, 0, 3, ["id", "hukou", "bank"],
     ["name", "id", "phone", "bank", "date", "reason"], [32]),
    ("GD-RSJ", "退休人员基本养老金待遇资格认证", "养老金资格认证", "Annual pension eligibility confirmation", "town",
     "public_service", ["退休", "养老"], ["person"], 1, 0, 0, 4, ["id", "sscard"], ["name", "id", "phone"], []),
    ("GD-RSJ", "企业职工退休申请", "退休申请", "Employee retirement application", "county", "administrative_confirmation",
     ["退休", "养老"], ["person", "enterprise"], 30, 15, 0, 3, ["id", "hukou", "contract"],
     ["name", "id", "phone", "credit", "employer", "date"], [7]),
]

# The State Council's holiday notice for 2026: weekdays off and weekend make-up days (调休).
HOLIDAYS_2026 = ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
                 "2026-02-20", "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05",
                 "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06",
                 "2026-10-07"]
WORKDAYS_2026 = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
# 2027 as the statutory days fall (元旦 1-1, 春节 除夕 2-5, 清明 4-5, 劳动节 5-1, 端午 6-9, 中秋 9-15,
# 国庆 10-1), arranged the way recent notices arrange them. A demo assumption: replace it with the
# State Council's notice for 2027 in a real catalog.
HOLIDAYS_2027 = ["2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                 "2027-02-12", "2027-04-05", "2027-05-03", "2027-05-04", "2027-05-05", "2027-06-09",
                 "2027-09-15", "2027-10-01", "2027-10-04", "2027-10-05", "2027-10-06", "2027-10-07"]
WORKDAYS_2027 = ["2027-01-31", "2027-02-20", "2027-05-08", "2027-09-26", "2027-10-09"]
HOLIDAYS = HOLIDAYS_2026 + HOLIDAYS_2027
WORKDAYS = WORKDAYS_2026 + WORKDAYS_2027


def header(version):
    return {
        "format": "onewindow-catalog",
        "formatVersion": 1,
        "publisher": "广东省政务服务数据管理局",
        "publisherKeyId": "gd-catalog-2026",
        "catalogVersion": version,
        "issuedAt": "2026-12-04T09:00:00+08:00",
        "region": {"code": "440000", "name": "广东省"},
        "holidays": HOLIDAYS,
        "workdays": WORKDAYS,
        "departments": [{"code": c, "name": n, "nameEn": e} for c, n, e, _ in DEPARTMENTS],
        "certificateTypes": [{"code": c, "name": n, "nameEn": e} for c, n, e in CERTIFICATE_TYPES],
        "themesEn": THEMES_EN,
    }


def item_json(code, row, codes):
    (dept, name, short, name_en, level, kind, themes, audience, legal, promised, fee, online,
     materials, fields, parallel) = row
    item = {
        "code": code, "name": name, "nameEn": name_en, "shortName": short, "department": dept,
        "level": level, "kind": kind, "themes": themes, "audience": audience,
        "legalLimitDays": legal, "promisedLimitDays": promised,
        "fee": {"amountCents": fee, "basis": "按省发展改革委、省财政厅核定的证件工本费标准收取" if fee else ""},
        "onlineLevel": online,
        "materials": [],
        "form": [FIELDS[f] for f in fields] + [FIELDS["agree"]],
        "parallelWith": [codes[p] for p in parallel],
    }
    for i, m in enumerate(materials):
        mname, mname_en, types = MATERIALS[m]
        item["materials"].append({"code": "M%d" % (i + 1), "name": mname, "nameEn": mname_en,
                                  "required": i < 2 or not types,
                                  "copies": 1, "satisfiedBy": types})
    return item


def demo():
    prefix = {c: credit for c, _, _, credit in DEPARTMENTS}
    codes = []
    for n, row in enumerate(ITEMS):
        # credit code of the department + 4 (Guangdong) + 4 digits item class + sequence
        codes.append("%s444%07d%03d" % (prefix[row[0]], 2111800 + n * 7, n + 1))
    catalog = header("2026.12.1")
    catalog["items"] = [item_json(codes[n], row, codes) for n, row in enumerate(ITEMS)]
    return catalog


def synthetic(count, seed):
    """count items made by varying the demo items: realistic names, unique codes."""
    rng = random.Random(seed)
    places = ["广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名", "惠州", "梅州",
              "汕尾", "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮"]
    prefix = {c: credit for c, _, _, credit in DEPARTMENTS}
    catalog = header("synthetic-%d" % count)
    items = []
    for n in range(count):
        row = list(ITEMS[n % len(ITEMS)])
        place = places[(n // len(ITEMS)) % len(places)]
        if n >= len(ITEMS):
            row[1] = "%s市%s（%d）" % (place, row[1], n // len(ITEMS))
            row[2] = "%s%s" % (place, row[2])
        row[14] = []
        row[9] = rng.randint(0, row[8])
        code = "%s444%013d" % (prefix[row[0]], n + 1)
        items.append(item_json(code, row, []))
    catalog["items"] = items
    return catalog


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "demo":
        doc = demo()
    elif len(sys.argv) >= 3 and sys.argv[1] == "synthetic":
        doc = synthetic(int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    else:
        sys.exit(__doc__)
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1 if sys.argv[1] == "demo" else None)
    sys.stdout.write("\n")
