## The learning record: profiles, attempts, progress, questionnaire, reports.

## Profiles
profile-created = Profile “{ $name }” created.
profile-deleted = Profile “{ $name }” deleted, with all its attempts.
profile-none = No profile yet. Create one: amiable profile create PSEUDONYM
profile-list-header = Profiles recorded in { $dir }:
profile-line = { $name } — { $attempts } attempt(s), created on { $created }
profile-delete-confirm = Delete profile “{ $name }” and its { $attempts } attempt(s)? Type yes to confirm:
profile-delete-kept = Nothing was deleted.
profile-recording = Call recorded in profile “{ $name }” (attempt no. { $number }).
profile-not-recording = Call not recorded: add --profile PSEUDONYM to keep your results.
profile-resume-offer = An interrupted call of { $scenario } ({ $answers } answer(s) given) can be resumed. Resume? (y/n)
profile-resumed = Resuming the interrupted call after { $answers } answer(s).
profile-resume-failed = The interrupted call cannot be resumed ({ $why }); it is dropped.

## Modes
mode-practice = Practice
mode-exam = Exam
mode-positioning = positioning
mode-exam-rules = Exam: no hints or comments during the call, { $seconds } s to answer (otherwise the worst answer is played), no restart.
mode-exam-feedback-withheld = Exam: the answer-by-answer detail is kept for the trainer.
mode-exam-timed-out = Time is up: the least suitable answer was played.
mode-exam-abandoned = Exam interrupted: the attempt is recorded as unfinished.
hint-header = Hint:
feedback-header = Comment:

## Practice hints, from what the debtor does
hint-emotion = The debtor shows an emotion: acknowledge it before moving on (empathy).
hint-difficulty = They mention a difficulty: ask and reformulate to understand it.
hint-fragility = They seem fragile: listen, avoid any pressure, think of pointing them to help.
hint-attack = They attack you: don’t strike back; receive the criticism, then DESC and a clear limit.
hint-demand = They demand something: say what is possible, and what is not, without aggression.
hint-drop_request = They ask you to drop the debt: say no while offering another way.
hint-objection = That is an objection: acknowledge it, reformulate, ask, then answer positively.
hint-digression = They drift away: bring them back politely, with a closed question or a summary.
hint-explains = They explain their situation: reformulate to show you understood.
hint-bargain = They bargain: ask for a counterpart to every concession, stay within your margins.
hint-ready = They are ready to conclude: get a precise commitment and recap it.

## History and progress
# $elide: see learn-title; English has no elision.
history-header = History of { $elide ->
    [yes] { $name }
   *[no] { $name }
}: { $count } attempt(s)
history-empty = No attempt recorded for “{ $name }”.
history-line = no. { $number } · { $date } · { $title } · { $mode } · { $score }/100 · { $duration }
history-unfinished = unfinished
progress-header = What was learned
progress-columns = Competency · positioning · latest · best
progress-objectives = Course objectives
progress-next = Practise next: { $title } ({ $competency })
progress-next-first = To begin: { $title }
progress-not-yet-assessed = not assessed yet
acquisition-acquired = acquired
acquisition-in_progress = in progress
acquisition-not_yet = not yet
acquisition-rule = Acquired: shown in the latest call that assessed it and in at least two of the last three. In progress: shown or partly shown at least once among those three. Not yet: otherwise.

## Assertiveness self-positioning questionnaire
quiz-assertiveness-title = Self-positioning questionnaire: assertiveness
quiz-assertiveness-intro = For each statement, say how often it describes you at work. There is no right answer: answer as you act, not as you think you should.
quiz-scale = 1 never · 2 rarely · 3 often · 4 always
quiz-scale-1 = Never
quiz-scale-2 = Rarely
quiz-scale-3 = Often
quiz-scale-4 = Always
quiz-prompt = Your answer (1 to 4, q to quit):
quiz-invalid = Type 1, 2, 3 or 4.
quiz-quit = Questionnaire interrupted, nothing was saved.
quiz-saved = Result saved in profile “{ $name }”.
quiz-result-header = Your profile
quiz-dominant = Dominant position: { $position }
quiz-shared = Profile shared equally between { $positions } and { $last }
quiz-assertiveness-q01 = When a debtor raises their voice, I give way on the plan rather than prolong the tension.
quiz-assertiveness-q02 = I can say no to a request while offering another solution.
quiz-assertiveness-q03 = When a debtor lies to me, I let them feel it bluntly.
quiz-assertiveness-q04 = I overstate the urgency a little to get paid sooner.
quiz-assertiveness-q05 = I state clearly what I expect, without raising my voice.
quiz-assertiveness-q06 = I apologise for calling, as if I were a nuisance.
quiz-assertiveness-q07 = I make the debtor feel they should be ashamed so that they accept my offer.
quiz-assertiveness-q08 = I interrupt to get things done faster.
quiz-assertiveness-q09 = I find it hard to refuse a delay, even when I know it is unrealistic.
quiz-assertiveness-q10 = When criticised, I listen to the end before answering on the facts.
quiz-assertiveness-q11 = When criticised, I strike back.
quiz-assertiveness-q12 = I hint at consequences more serious than those actually planned.
quiz-assertiveness-q13 = I acknowledge the debtor’s emotion without giving up the aim of the call.
quiz-assertiveness-q14 = I put off the calls I expect to be difficult.
quiz-assertiveness-q15 = I flatter the other person to get what I want without asking for it openly.
quiz-assertiveness-q16 = I believe a threatening tone gets people to pay faster.
quiz-assertiveness-q17 = When I disagree with a colleague or a manager, I keep my opinion to myself.
quiz-assertiveness-q18 = I lose patience with a debtor who repeats the same excuses.
quiz-assertiveness-q19 = When I grant a delay, I ask for a commitment in return.
quiz-assertiveness-q20 = I get agreement through roundabout ways rather than by saying what I expect.
position-passive = Passive
position-aggressive = Aggressive
position-manipulative = Manipulative
position-assertive = Assertive
position-passive-explained = Passive: you avoid conflict by giving in or stepping back. The debtor gets unrealistic delays; the relationship seems calm but the debt does not move, and frustration builds up. To work on: saying no while offering something else, stating what you expect (DESC).
position-aggressive-explained = Aggressive: you impose by force (tone, reproaches, threats). You sometimes get a promise, rarely kept, and the relationship suffers; an unfounded threat is also a breach. To work on: receiving criticism, describing facts without judging, holding a firm and calm limit.
position-manipulative-explained = Manipulative: you get your way indirectly (guilt, false urgency, flattery). It works once, then trust is gone, and some pressure is unlawful. To work on: saying openly what you expect and stating real consequences.
position-assertive-explained = Assertive: you state your needs and limits while respecting the debtor’s. This is the stance that gets agreements that hold while keeping the relationship. To keep up: empathy without indulgence, and a counterpart for every concession.

## In the app
record-profile = Profile:
record-no-profile = No profile
record-not-recorded = Without a profile, calls are not recorded.
record-new-profile = + New profile
record-type-name = Type a pseudonym then Enter (Escape to cancel): { $name }|
record-show-progress = My progress
record-quiz = Assertiveness questionnaire
record-resume = Resume the interrupted call: { $title }
record-mode = Mode:
record-recorded = Attempt no. { $number } recorded in profile “{ $name }”.
# $elide: see learn-title; English has no elision.
progress-title = Progress of { $elide ->
    [yes] { $name }
   *[no] { $name }
}
progress-summary = { $attempts } attempt(s), { $exams } of them exams · { $minutes } min of calls
progress-empty = No finished call yet: your first call on each scenario will be your positioning.
progress-choose-profile = Pick or create a profile on the catalogue to follow your progress.
progress-positioning = positioning
progress-latest = latest
progress-best = best
progress-back = Back to the catalogue
progress-practise = Practise: { $title }

## Reports (amiable report)
# $elide ("yes" before a vowel) is for French, which writes "d’Émilie" but "de Camille"; English has no elision.
learn-title = Learning record of { $elide ->
    [yes] { $name }
   *[no] { $name }
}
learn-meta = Profile created on { $created } · report made on { $generated }
learn-overall-trend = Overall score, call after call (attempt numbers)
learn-chart-legend = filled circle: practice · square: exam · hollow circle: positioning
learn-trend = Trend
learn-col-competency = Competency
learn-col-positioning = Positioning
learn-col-latest = Latest
learn-col-best = Best
learn-col-objective = Objective
learn-col-state = State
learn-col-recent = Latest calls that assessed it
learn-quiz = Self-positioning questionnaire: assertiveness
learn-quiz-taken = Latest answers on { $date } (scores from 0 to 100 per position)
learn-attempts = Attempts
learn-no-attempt = No attempt recorded.
learn-col-number = No.
learn-col-date = Date
learn-col-scenario = Scenario
learn-col-mode = Mode
learn-col-score = Score
learn-col-relational = Relational
learn-col-duration = Duration
learn-col-result = Outcome
learn-col-attempts = Attempts
learn-col-exams = Exams
learn-pass-rule = A call is passed when it reaches its end, scores at least { $mark }/100 and has no breach of the law or of ethics.
learn-passed = passed
learn-failed = not passed
learn-unfinished = unfinished
learn-attempt-title = Attempt no. { $number }: { $title }
learn-attempt-meta = { $date } · { $mode } · duration { $duration } · seed { $seed } ·
learn-overall = Overall score: { $score }/100
learn-relational = Relational experience: { $score }/100 (courtesy { $courtesy }, listening { $listening }, adapted solution { $adapted })
learn-competencies = Competencies
learn-col-evidence = What showed it
learn-evidence-turn = Answer { $turn }
learn-target-note = Star: a competency this scenario targets. A dash: the competency had no chance to be assessed.
learn-strengths = Strengths
learn-work-on = To work on
learn-objectives = Course objectives in this call
learn-answers = Answer by answer
learn-col-turn = No.
learn-col-said = Your answer
learn-col-feedback = Comment
learn-col-better = A better answer
learn-typed = You wrote: “{ $text }”
learn-detected = Detected: { $list }
learn-transcript = Transcript of the call
learn-speaker-debtor = Debtor
learn-speaker-trainee = You
learn-footer = Made by Amiable { $version }. The data stays on this computer; this report holds only the trainee's pseudonym.
learn-written = Report written to { $path }
learn-trainer-copy = Trainer’s copy: it includes the exams’ answer-by-answer detail, which the trainee’s copy does not show.
learn-lrs-sent = { $count } xAPI statement(s) sent to { $url } (HTTP { $status }).

## Trainer's group view (amiable group)
group-title = Group view
group-meta = { $trainees } trainee(s), { $rows } trainee × scenario row(s) · made on { $generated }
group-col-trainee = Trainee
group-count = Count
group-mean = Mean
group-sd = Standard deviation
group-min = Minimum
group-max = Maximum
group-range = Min–max
group-spread = Mean and spread per competency
group-overall-positioning = Overall score at positioning
group-overall-latest = Overall score at the latest call
group-note = One row per trainee and scenario: overall score at positioning (first finished call), at the latest finished call, and the best; each competency at the latest finished call that assessed it. A dash: not assessed yet.
group-range-note = The band goes from the group's lowest to its highest score; the line marks the mean. The standard deviation is a sample's (a spreadsheet's STDEV).
group-written = Group view written to { $path }
group-footer = Made by Amiable { $version } from the exports the trainees handed in; it holds only their pseudonyms.
learn-save = Save my report
learn-saved = Report saved (open it in a browser to print it): { $path }
