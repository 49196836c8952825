// Helpers of the UI tests: find items in the real window, click them, save what is drawn.
#pragma once

#include "terminalshell.h"

#include <memory>
#include <QDir>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

namespace uitest {

inline QString screenshotPath(const QString &name)
{
    QDir().mkpath(QStringLiteral(ONEWINDOW_SCREENSHOT_DIR));
    return QStringLiteral(ONEWINDOW_SCREENSHOT_DIR "/%1.png").arg(name);
}

// Walks the visual tree: StackView pages are visual, not QObject, children of the window.
inline QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

inline QQuickItem *findItem(QQuickWindow *window, const char *objectName)
{
    return findItem(window->contentItem(), QString::fromLatin1(objectName));
}

// The same, but only an item that is visible: what a person could touch now.
inline QQuickItem *findVisibleItem(QQuickItem *root, const QString &objectName)
{
    if (root->objectName() == objectName && root->isVisible())
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findVisibleItem(child, objectName))
            return found;
    return nullptr;
}

inline QQuickItem *findVisibleItem(QQuickWindow *window, const char *objectName)
{
    return findVisibleItem(window->contentItem(), QString::fromLatin1(objectName));
}

// Waits until the scene graph has drawn the current state (and settleMs more), then grabs it.
inline bool saveFrame(QQuickWindow *window, const QString &name, int settleMs = 50)
{
    QSignalSpy swapped(window, &QQuickWindow::frameSwapped);
    window->update();
    if (!swapped.wait(5000))
        return false;
    QTest::qWait(settleMs);
    const QImage image = window->grabWindow();
    return !image.isNull() && image.save(screenshotPath(name));
}

inline bool isInside(QQuickWindow *window, QQuickItem *item)
{
    return item && item->isVisible()
        && QRectF(QPointF(0, 0), window->size())
               .contains(item->mapRectToScene(item->boundingRect()));
}

inline void click(QQuickWindow *window, QQuickItem *item)
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
}

// Starts the composition root main() uses and waits for its first frame.
inline std::unique_ptr<TerminalShell> startShell(const LaunchOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    auto shell = std::make_unique<TerminalShell>(options, clock);
    QSignalSpy firstFrame(shell.get(), &TerminalShell::firstFrameShown);
    const auto started = shell->start();
    if (!started.ok())
        qFatal("start failed: %s", qPrintable(started.error().message));
    if (!firstFrame.wait(20000))
        qFatal("no first frame");
    return shell;
}

} // namespace uitest

using namespace uitest;
