# Amiable's own texts (terminal, assessments). Scenario texts live in <scenario>.ftl.

## Competencies
competency-empathy = Empathy
competency-reformulation = Reformulation
competency-desc = DESC
competency-assertiveness = Assertiveness
competency-questioning = Questioning
competency-call_structure = Call structure (4 C)
competency-positive_language = Positive language
competency-objection_handling = Objection handling
competency-negotiation = Negotiation
competency-diagnosis = Diagnosis and orientation
competency-compliance = Compliance

## Why an answer counted (evidence)
why-empathy-shown = The debtor voiced an emotion or a difficulty: you acknowledged it without judging and without giving in.
why-empathy-gives-in = You acknowledged the situation, but by giving in: that is sympathy, not empathy.
why-empathy-hostile = Faced with the debtor's emotion, your answer was hostile instead of acknowledging it.
why-empathy-missed = The debtor voiced an emotion or a difficulty and you did not acknowledge it, though an empathetic answer was possible.
why-reformulation-shown = You restated what the debtor had just said: they feel heard and you check your understanding.
why-reformulation-missed = The debtor had just explained their position; restating it would have shown you listened.
why-assertiveness-shown = Under pressure, you stated your position and your limits while respecting the other person.
why-assertiveness-neutral = Under pressure, you neither gave in nor clearly stated your position.
why-assertiveness-passive = Passive answer: you give in or avoid instead of stating your position.
why-assertiveness-aggressive = Aggressive answer: you attack or threaten instead of calmly stating your position.
why-assertiveness-manipulative = Manipulative answer: guilt, false urgency or a hidden intention.
why-question-open-understands = An open question while understanding the situation: it gets the debtor talking about it.
why-question-closed-early = A closed question too early: while understanding, an open question teaches you more.
why-question-closed-recentres = A closed question against a digression: it politely brings the call back on track.
why-question-open-digression = An open question during a digression: it feeds the chatter instead of refocusing.
why-question-closed-concludes = A closed question to conclude: it secures a precise commitment.
why-question-open-late = An open question while concluding: it reopens the discussion instead of securing a commitment.
why-question-leading = A leading question: it forces the answer instead of hearing it.
why-question-missed = A question was possible here and you asked none.
why-wording-positive = Positive wording: words that open ("I suggest", "solution").
why-wording-neutral = Neutral wording: neither opening words nor words to avoid.
why-wording-negative = Words to avoid ("problem", "you must", "calm down"…): they close the conversation.
why-objection-handled = Objection handled: acknowledged, questioned, then answered positively, flexible and firm.
why-objection-gives-in = You handled the objection, but gave in on the substance.
why-objection-missed = The debtor objected and your answer did not deal with the objection.
why-negotiation-counterpart = You asked for something in return for your concession.
why-negotiation-consequences = You stated the consequences of disagreement calmly and truthfully.
why-negotiation-recap = You recapped the agreement precisely.
why-negotiation-concedes = You conceded without getting anything in return.
why-negotiation-missed = A negotiation lever (counterpart, consequences, recap) was possible here.
why-negotiation-false-threat = A false or illegal consequence is not a negotiation lever: it is a breach.
why-diagnosis-shown = You reviewed the debtor's finances (income, charges, what is left to live on).
why-diagnosis-orients = You pointed the debtor to suitable help.
why-diagnosis-missed = Reviewing the budget or pointing to help was possible here.
why-desc-describe = DESC – Describe: the facts, objectively.
why-desc-express = DESC – Express: the impact or feeling, after the facts.
why-desc-specify = DESC – Specify: the solution expected, in order.
why-desc-consequences = DESC – Consequences: positive first, to close the message.
why-desc-describe-late = DESC – the facts came after other steps: describe first.
why-desc-express-late = DESC – the feeling came out of order (after the solution or the consequences).
why-desc-specify-late = DESC – the solution came after the consequences.
why-desc-consequences-early = DESC – the consequences came before the facts or the solution: it sounds like a threat.
why-desc-describe-missing = DESC – you never described the facts though you could have.
why-desc-express-missing = DESC – you never expressed the impact though you could have.
why-desc-specify-missing = DESC – you never specified the expected solution though you could have.
why-desc-consequences-missing = DESC – you never presented the consequences though you could have.
why-structure-no-call = No exchange: the call did not take place.
why-structure-identified = Contact: you identified yourself in your first answer (you, your company, the creditor, the reference).
why-structure-identified-late = Contact: late identification; it belongs at the very start of the call.
why-structure-not-identified = Contact: you never identified yourself.
why-structure-understood-first = Understand before convincing: you sought to understand the situation before arguing.
why-structure-convinced-too-early = You tried to convince before understanding the debtor's situation.
why-structure-never-understood = You never took the time to understand the situation.
why-structure-in-order = The steps followed one another without skipping any.
why-structure-skipped-step = A step of the 4 C was skipped at this point of the call.
why-structure-recap = Conclude: you recapped the commitment (amount, date, payment method).
why-structure-concluded-no-recap = Conclude: you concluded without recapping the commitment.
why-structure-no-conclusion = The call ended without a conclusion.
why-structure-no-conclusion-failed = The call failed before any conclusion.
why-compliance-clean = No breach: no false threat, no undue fees, no disclosure, no insult.
why-compliance-breach = Breach: a false or illegal threat, fees wrongly claimed, disclosure to a third party, an insult or harassment.
why-relational-discourteous = The debtor experienced a discourteous call.
why-relational-not-listened = The debtor did not feel listened to.
why-relational-unrealistic = The solution is beyond the debtor's means: it may not be kept.
why-relational-not-oriented = The debtor was fragile and was not pointed to any help.

## Course objectives
objective-listen = Develop constructive listening
objective-observe_without_judging = Observe without judging
objective-receive_criticism = Receive and answer criticism and verbal aggression
objective-say_no = Say no while respecting your needs and the other's
objective-convince = Convince with words that open
objective-realistic_solution = Propose a concrete solution, realistic for both sides
objective-conclude_agreement = Conclude with an agreement
objective-master_emotions = Master your emotions
objective-structure_call = Structure the call (4 C)
objective-handle_objections = Handle objections
objective-negotiate_plan = Negotiate a plan that will be kept
objective-respect_the_law = Collect within the law and ethics

status-shown = acquired
status-partly = in progress
status-not_shown = to work on
status-not_assessed = not assessed

## Advice
advice-empathy = When the debtor voices an emotion or a difficulty, name it first: "I understand this is a difficult time for you." Without judging, and without dropping the debt.
advice-reformulation = After an explanation, say it back in your own words: "If I understand correctly, you…". The debtor feels heard and you check your understanding.
advice-desc = For a difficult message, follow DESC in order: describe the facts, express the impact, specify the solution, present the consequences (positive first).
advice-assertiveness = Under pressure, neither give in nor attack: "I can't cancel this debt; what I can do is offer you…"
advice-questioning = Open questions to understand, closed questions to refocus a talkative debtor and to conclude.
advice-call_structure = Follow the 4 C: contact (identification, reference), understand, convince, conclude with a precise recap.
advice-positive_language = Replace "problem", "you have to", "you must" with "I suggest", "solution", "I commit to".
advice-objection_handling = Acknowledge the objection, restate it, ask questions, then answer with a positive argument: flexible on the form, firm on the substance.
advice-negotiation = Set your objective and margins before the call, ask for a counterpart to every concession, state the consequences calmly, recap the agreement.
advice-diagnosis = Review income, charges, other debts and what is left to live on before proposing a plan; point fragile debtors to help.
advice-compliance = No false threats (a seizure needs an enforceable title), no amicable collection fees claimed from a consumer, no disclosure to a third party.

## Outcome of the call
result-full_payment = Full payment
result-payment_plan = Payment plan agreed
result-promise = Promise to pay
result-hang_up = The debtor hung up
result-escalation = Passed to litigation
result-refusal = Refusal
result-unfinished = Call interrupted
outcome-realistic = The agreement is realistic given the debtor's means.
outcome-unrealistic = The agreement is beyond the debtor's means: it may not be kept.
outcome-beyond-margins = The agreement goes beyond the margins set before the call.
outcome-realism-unknown = The file does not say whether the agreement is realistic.
outcome-no-agreement = No agreement was reached.
outcome-unfinished = The call did not reach its end.
schedule-upfront = { $amount } now
schedule-monthly = { $months } monthly payments of { $amount }

## Call
phase-contact = Contact
phase-comprendre = Understand
phase-convaincre = Convince
phase-conclure = Conclude
mood-angry = anger
mood-annoyed = annoyance
mood-wary = wariness
mood-calm = calm
mood-relieved = relief
mood-worried = worry
difficulty-easy = easy
difficulty-medium = intermediate
difficulty-hard = hard
channel-letter = letter
channel-email = email
channel-sms = text message
channel-phone = phone
channel-formal-notice = formal notice

briefing-heading = Case file before the call
briefing-debtor = Debtor:
briefing-creditor = Creditor:
briefing-amount = Amount owed:
briefing-reference = Reference:
briefing-due-date = Due date:
briefing-reminders = Reminders:
briefing-history = History:
briefing-objective = Objective:
briefing-margins = Margins:

play-seed = Seed of this call: { $seed } (replay it exactly with --seed { $seed }).
play-decision = Decision
play-call-ended = — End of the call —
play-prompt = Your answer (1 to { $count }, q to quit):
play-invalid = Type the number of one of the answers offered.
play-quit = Call interrupted, no assessment.
play-choice-out-of-range = answer { $choice } does not exist at decision { $decision }: choose between 1 and { $count }
menu-welcome = Amiable — amicable debt-collection training. Choose a call:
menu-prompt = Your choice (1 to { $count }, q to quit):
list-broken = { $path } has errors; run "amiable check" to see them.

## Assessment
report-heading = Call assessment
report-outcome = Outcome:
report-relational = Relational experience:
report-relational-parts = courtesy { $courtesy }, listening { $listening }, adapted solution { $solution }
report-overall = Overall score:
report-competencies = Competencies
report-not-assessed = not assessed in this call
report-turn = turn
report-target-legend = competency this scenario trains (detailed evidence)
report-strengths = Strengths:
report-to-work-on = To work on
report-objectives = Course objectives
report-feedback = Feedback on your choices
report-better = Better:
report-replay = { $turns } answers. Replay this call: amiable play { $scenario } --seed { $seed } --choices { $choices }

## Application
app-tagline = Practice for amicable debt-collection calls
lang-fr = Français
lang-en = English
settings-text-size = Text size
settings-volume = Sound: { $volume } %
settings-muted = Sound off
settings-mute = Mute
settings-unmute = Unmute
settings-timer-on = Timer: { $seconds } s
settings-timer-off = Timer: off
home-problems = Files to fix
home-broken = { $path } has errors; its last good version stays playable.
home-best = Best score: { $score }/100
home-not-played = Not played yet
home-trains = Trains:
home-prepare = Prepare the call
briefing-call = Call
action-back = Back
call-keys-hint = Keys 1 to 9 to answer, Space to show the line, Escape to leave.
call-keys-hint-free = Type your answer then Enter, Escape to leave.
call-see-debrief = See the assessment
call-mood = Mood: { $mood }
call-countdown = Answer within { $seconds } s
debrief-replay = Play again
debrief-next = Next: { $title }
debrief-catalogue = Catalogue
debrief-breach = Compliance breach: score capped.
debrief-seed = Seed { $seed }
relational-courtesy = Courtesy
relational-listening = Listening
relational-solution = Adapted solution
debrief-good-answer = Good answer
debrief-could-do-better = A better answer was possible
call-ringing = Ringing… (Space to skip)
settings-trainer-on = Trainer mode: on
settings-trainer-off = Trainer mode: off
home-trainer-diagnostics = Trainer mode: diagnostics of every scenario (as "amiable check" prints them)
home-trainer-clean = No problem in the scenarios.
call-trainer-node = Node: { $node }

## Free answers
technique-empathy = empathy
technique-reformulation = reformulation
technique-open_question = open question
technique-closed_question = closed question
technique-leading_question = leading question
technique-cushion = cushion phrase
technique-desc_describe = DESC: describe the facts
technique-desc_express = DESC: express the impact
technique-desc_specify = DESC: specify the solution
technique-desc_consequences = DESC: consequences
technique-assertive = assertiveness
technique-passive = passivity
technique-aggressive = aggressiveness
technique-manipulative = manipulation
technique-say_no = saying no
technique-positive_wording = words that open
technique-negative_wording = words to avoid
technique-objection_handling = objection handling
technique-counterpart = counterpart
technique-consequences = consequences of disagreement
technique-recap = recap
technique-diagnosis = financial diagnosis
technique-orientation = orientation to help
technique-identification = identification
technique-compliance_breach = compliance breach
free-rephrase = Sorry? I'm not sure I follow you. Could you put it another way?
    .alt1 = Excuse me, I didn't get what you mean. Meaning what?
    .alt2 = I still don't see what you're getting at…
free-detected = Detected:
free-detected-none = no technique recognised
free-understood = Understood as: { $answer }
free-understood-how = Understood as the closest authored answer ({ $percent }% match).
free-unclear = Answer not understood ({ $percent }% match): the call took the branch written for an unclear answer.
free-closest = Still not understood after { $tries } requests to rephrase: the closest authored answer was taken ({ $percent }% match).
free-rephrased = { $tries ->
        [one] The debtor first asked you to rephrase.
       *[other] The debtor first asked you to rephrase { $tries } times.
    }
free-tries-left = { $tries ->
        [0] If the next answer is still unclear, the closest authored answer will be taken.
        [one] One more try before the closest authored answer is taken.
       *[other] { $tries } more tries before the closest authored answer is taken.
    }
free-your-words = Your words:
free-better = An authored answer would have done better:
free-prompt = Your answer, in your own words (q to quit): 
free-empty = Type your answer, then Enter.
free-not-here = Here, choose one of the answers offered.
free-placeholder = Type your answer, then Enter…
settings-free-on = Free answers: on
settings-free-off = Free answers: off
