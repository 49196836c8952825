// Asks the hall for the social security record of the citizen at the kiosk, and forgets it
// when their session ends.
#pragma once

#include "result.h"
#include "socialsecurityrecord.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>

namespace onewindow {

class CitizenSession;
class HallClient;
struct HallResponse;

class SocialSecurityFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<SocialSecurityRecord>)>;

    // hall is null on a terminal that is not enrolled: every fetch then says the hall is needed.
    SocialSecurityFetcher(HallClient *hall, CitizenSession &session, QObject *parent = nullptr);

    // Fetches the record of the session's subject. done is called exactly once; an answer that
    // arrives after the session ended (or another began) is dropped and reported as ended.
    void fetch(Callback done);
    // The last record fetched in this session; nothing after the session ended.
    const std::optional<SocialSecurityRecord> &record() const { return m_record; }

    // Maps the hall's answers and failures to what the citizen is told.
    static Result<SocialSecurityRecord> interpret(const Result<HallResponse> &answer);
    static Error offline();
    static Error sessionEnded();

signals:
    // The record was wiped (the citizen's session ended).
    void cleared();
    // A new record arrived or the old one was wiped.
    void recordChanged();

private:
    void wipe();

    QPointer<HallClient> m_hall;
    CitizenSession &m_session;
    std::optional<SocialSecurityRecord> m_record;
};

} // namespace onewindow
