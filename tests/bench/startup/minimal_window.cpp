// The baseline for the start-up benchmark: the smallest Qt Quick window, same reporting as onewindow.
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/MinimalWindow.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QObject::connect(
        window, &QQuickWindow::frameSwapped, &app,
        [&] {
            QMetaObject::invokeMethod(
                &app,
                [&] {
                    QTextStream(stdout) << "first-frame-ms " << clock.elapsed() << Qt::endl;
                    QGuiApplication::quit();
                },
                Qt::QueuedConnection);
        },
        Qt::SingleShotConnection);
    return QGuiApplication::exec();
}
