# Scenario "The aggressive customer": English texts, translated from the French reference.
# The structure of the call is in scenarios/aggressive-debtor.ron.

# source: 0f6daf52a3e7c1dd
title = Aggressive customer: "I won't pay a cent!"
# source: b7fd0e0ab291962e
summary = Julien Lefort disputes a €486.20 TéléFibre invoice, insults you and threatens to call his lawyer: take the criticism, say no without breaking the relationship, and steer the call back to a solution.
# source: 0cbd03cf7537ad81
briefing-debtor = Julien Lefort, 44, a draughtsman who works from home, former TéléFibre customer. He cancelled his fibre subscription at the end of June, after a three-week outage, and no longer answers reminders. His exchanges with customer service were stormy.
# source: fd2b7d44655d662a
briefing-creditor = TéléFibre, an internet service provider. The closing invoice TEL-2026-88412, for €486.20, due on 31 August 2026, covers the last subscription period and the early-termination fees set in the contract; a €45 credit for the outage from 2 to 23 June has already been deducted. You are Claire Martin, from the Recouvra agency, calling in the amicable phase.
# source: 169f5896c1082ad1
briefing-history = Reminder letter on 10 September, text message on 24 September, email on 5 October, then a call on 12 October that went to voicemail: no answer. No court procedure has been started, and no collection fees may be charged to this private customer.

## contact

# source: 21428a2dab33271f
opening = Lefort speaking… Oh, it's that number again! Letters, texts, emails, and now the phone! You're harassing me, is that it?
    .alt1 = Hello, yes, Lefort… Wait, is this debt collection? You never let up, do you! This is harassment!
    .alt2 = Yes, Lefort. If this is about TéléFibre again, I'm warning you: I'm fed up with your reminders!
# source: 75c233888ea8cc77
opening-calm_down = Calm down, Mr Lefort. You owe TéléFibre €486.20 since 31 August: you have to settle it.
    .feedback = "Calm down" fuels anger instead of easing it, and "you owe", "you have to" sound like a reproach. You also skip the introduction: he doesn't even know who is speaking.
# source: 853e06eac75a1d03
opening-identify = Good evening, Mr Lefort. Claire Martin, from the Recouvra agency; I'm calling on behalf of TéléFibre about invoice TEL-2026-88412. I hear that these reminders weigh on you, and thank you for picking up: I suggest we take a few minutes to find a solution together.
    .feedback = You identify yourself, name the creditor and the reference, and you welcome his irritation without disputing it. The cushion phrase and the word "solution" open the exchange instead of closing it.
# source: 68333226ca42ff24
opening-apologise = Oh, sorry to bother you, sir… I apologise. I can call you back another time, if you prefer?
    .feedback = You apologise for calling and offer to hang up yourself: a passive position. He learns neither who you are nor why you are calling, and he will take the way out.

# source: 59478574b1372bd1
brush_off = That's right, never call back, it'll be a holiday for me. Goodbye!
    .alt1 = Sure, another time. Like never. Have a nice day!
    .alt2 = Oh yes, call me back next year, why don't you. Bye!
# source: a44e2ba9bacf6456
brush_off-you_owe = No, wait! You've owed €486.20 since 31 August, you can't just hang up like that.
    .feedback = You hold him back with a reproach and an order: he feels cornered and tension rises. And you still haven't introduced yourself.
# source: d27071990955e7df
brush_off-let_go = Very well… Sorry again. Have a nice day, sir.
    .feedback = You give up the call without even introducing yourself: he has no reason to call back, and the file goes nowhere.
# source: e8347b76c84ca79a
brush_off-identify_now = Before you hang up, Mr Lefort: Claire Martin, from the Recouvra agency, on behalf of TéléFibre, about invoice TEL-2026-88412. I suggest two minutes to find a solution that puts an end to these reminders.
    .feedback = You recover: full identification, a clear request and a concrete benefit for him, the end of the reminders. Ideally, do it in your very first sentence.

# source: 865680de65df567b
boiling_early = So now you're giving me orders? Who are you, anyway? One more line like that and I hang up!
    .alt1 = Who do you think you are? You call me at home to give me orders? One more word and I hang up.
    .alt2 = Oh, so that's how you talk to people? You don't even introduce yourself! I'm warning you, I'm going to hang up.
# source: 45db4a6de96f9a21
boiling_early-hold_ground = I'm the person calling you about your debt, sir. And that debt, you owe it.
    .feedback = You stick to the order instead of introducing yourself: he still doesn't know who you are, and you give him every reason to hang up.
# source: cff18b9a453dcfe5
boiling_early-grovel = Sorry, sorry… I didn't mean to be abrupt. I'll call you back later, all right?
    .feedback = After the abruptness, the retreat: you swing from an aggressive position to a passive one, and the call ends without you introducing yourself.
# source: 4671a41b7077a387
boiling_early-restart = You're right, I got off on the wrong foot, and I apologise. Let me start again: Claire Martin, from the Recouvra agency; I'm calling on behalf of TéléFibre about invoice TEL-2026-88412. I suggest we take a few minutes to find a solution together.
    .feedback = You own the false start and do what was missing: introduce yourself, name the creditor and the reference, offer a solution. Late, but well done.

## comprendre

# source: d0641a62f4d5d003
vultures = Recouvra… Vultures, that's what you are! TéléFibre left me without internet for three weeks, and now they set their guard dogs on me. I won't pay a cent, do you hear me?
    .alt1 = Oh, debt collection! Bloodsuckers! TéléFibre leaves me three weeks without a connection and I'm the one being chased? You won't get a penny!
    .alt2 = You're paid to harass people, is that it? TéléFibre cut my internet for three weeks, so they can keep their invoice!
# source: f9381385c7220f57
vultures-receive = I hear your anger, Mr Lefort, and I take it seriously. If I understand correctly, you refuse to pay because TéléFibre left you without a connection for three weeks? Tell me what happened: I want to understand your situation so we can find the right solution together.
    .feedback = You take the criticism without justifying yourself, you reformulate why he refuses and you open with a question: he feels heard, and the call moves into the "understand" phase.
# source: 217e85807fe749de
vultures-not_vultures = How dare you, sir! We are not vultures, and the outage has nothing to do with it: the invoice is due.
    .feedback = You answer the insult by defending yourself and telling him he is wrong: that is escalation. You also move to demanding payment before understanding why he doesn't pay.
# source: 2c2ea48aef4dd2c1
vultures-agree_creditor = Oh, I know what you mean… TéléFibre isn't always very reliable, between you and me. In your shoes, I'd be furious too.
    .feedback = You acknowledge his anger, but you side against the creditor you represent: that is sympathy that gives in, not empathy. He will conclude that his invoice doesn't stand.

# source: e8a6ea9d3845c70a
boiling = So now you're lecturing me? Who do you think you are, talking to me in that tone? One more line like that and I hang up!
    .alt1 = Oh no, don't you start moralising on top of it! I'm warning you, one wrong word and I hang up.
    .alt2 = I can't believe this! Are you talking down to me? Keep it up and you'll be talking to the dial tone.
# source: 8b9a84c153fdfce6
boiling-hold_ground = I'm not lecturing you, I'm reminding you of your obligations. You owe this money.
    .feedback = You keep an accusing tone with a customer already at the end of his tether: tension goes over the edge, and the risk that he hangs up is at its highest.
# source: 0e502a41c28c6c86
boiling-acknowledge = You're right to tell me, Mr Lefort: that was clumsy of me, and I apologise. I'm here to listen to you and look for a solution with you. Tell me what happened with TéléFibre.
    .feedback = Owning a clumsy remark without giving anything away on the substance defuses anger. You return to listening with an open question: that is how you take criticism.
# source: cfd02120bdfa5605
boiling-grovel = Sorry, sorry, you're right about everything… I'll ask them to cancel the fees, all right?
    .feedback = Under pressure, you promise a cancellation you have no power to grant. He will hold on to it, and you will have to disappoint him later, in worse conditions.

# source: b701cbcbb54127c5
outage_story = From 2 to 23 June, nothing! I work from home, me! I called ten times, they passed me from one department to another. So I cancelled and went to a competitor. And now they slap me with termination fees! That's theft, plain and simple.
    .alt1 = Three weeks without internet, while working from home! Ten calls to customer service, ten different answers. I ended up cancelling, and now they charge me for cancelling. Do you think that's normal?
    .alt2 = An outage from 2 to 23 June. Nobody could be bothered to tell me when it would come back. I left, obviously. And they charge me fees because I left! It's a racket.
# source: 2297ea6cc42a9bad
outage_story-yes_but = Yes, but you had signed a commitment, sir: you have to honour it.
    .feedback = "Yes, but" wipes out everything he just said, and "you have to" sounds like a moral lesson. You move on to arguing before you have finished understanding.
# source: 815909950ac4e23a
outage_story-note_dispute = All right… I'll note that you dispute it, and I'll put the file on hold. We'll see later.
    .feedback = You dodge: no question, no proposal, and the file stays stuck. Noting a dispute is useful, but not as a way to end the call without building anything.
# source: 50e2baa1fec936af
outage_story-summarise = To sum up: three weeks without a connection while you work from home, calls with no clear answer, and in the end you left. I understand these fees stick in your throat. Today, what matters most to you, so that we can find a way out of this file?
    .feedback = The summary reformulation proves you listened, empathy names what he feels, and the open question leads him to say what he really wants. You understand before convincing.

# source: 0383004d0ea88833
no_time = Listen, what I want is to be left alone! Your letters, your texts, I've had enough. And right now I've got no time for your nonsense: I'm hanging up.
    .alt1 = What matters to me is that you stop calling me! I've got work, I'm not spending my evening with you. I'm hanging up.
    .alt2 = Honestly? For you to disappear from my life. I've got better things to do than listen to your nonsense, so I'm going to hang up.
# source: 48c503d6ff88eb4c
no_time-manip_guilt = Oh no, please don't hang up… If you hang up, I'm the one who'll get told off by my manager, you know.
    .feedback = You play on guilt to hold him: that is manipulation. Even if it works for now, it damages the trust you will need to conclude.
# source: 3b70309d26d5010a
no_time-ask_five_minutes = I understand: you want to be left alone, and that's exactly what I'm offering. Give me five minutes: if we find a solution now, the reminders will stop.
    .feedback = You pick up his need, being left alone, and make it the shared goal. You state your request clearly, without begging or threatening: that is assertive.
# source: e9906c675f541867
no_time-hang_up_then = Oh… all right, I won't keep you. I'll call you back another day.
    .feedback = You let him go just after he told you what drives him: no more reminders. Another call is precisely what he doesn't want.
# source: 150f11db3bf66f29
no_time-you_must_listen = No, you're not hanging up: you owe €486.20, and we have to sort out this problem now.
    .feedback = An order, a reproach and words to avoid ("you owe", "have to", "problem"): you pit your will against his, and the talk turns into a tug of war.

## convaincre

# source: 5fa433cc918f60ab
cancel_it = Fine. I'm listening, but I'm telling you straight: you cancel this invoice, and that's the end of it.
    .alt1 = Go ahead, talk. But the only solution is for you to cancel the whole thing. End of story.
    .alt2 = All right, I'm listening. But what I expect is for this invoice to disappear. Simple, isn't it?
# source: da5d6ae64a9a414a
cancel_it-fees_threat = I'd rather advise you to pay quickly: every reminder adds collection fees to your bill, and it adds up fast.
    .feedback = That is false and illegal: amicable collection fees cannot be charged to a consumer. This false threat is a serious breach, and it wrecks trust.
# source: cbc3248334d4e13c
cancel_it-no_and_facts = I can't cancel this invoice, Mr Lefort, and I'd rather be frank with you. On the other hand, I suggest we look at the facts together: the €486.20 invoice has been due since 31 August; it covers your last subscription period and the termination fees set in the contract, and TéléFibre has already deducted a €45 credit for the June outage.
    .feedback = You say no clearly, without aggression, and move on to objective facts: that is the D of DESC. The "on the other hand, I suggest" keeps the door open.
# source: dd7addf00241d279
cancel_it-wrong_you_pay = You're wrong, sir: you signed, you pay. It's not negotiable.
    .feedback = "You're wrong" and the ultimatum close the discussion and humiliate him. Saying no doesn't require crushing the other person.
# source: bc5e8a5e9b950f37
cancel_it-ill_see = I'll try and see with TéléFibre whether they can cancel it… but I'm not promising anything.
    .feedback = "I'll try" is a false promise: you don't have that power, and you avoid saying no. He hears "yes", and he will dig in when the truth comes back.

# source: ab4a2aec50366ae4
false_hope = Now that's reasonable! So you get it cancelled, and in the meantime I pay nothing. Agreed?
    .alt1 = Finally someone sensible! You get rid of the invoice, and in the meantime I don't move. Deal?
# source: b07c1477a95301a7
false_hope-agree = Yes… Let's do that. I'll call you back when I have news.
    .feedback = You confirm a promise you won't keep and leave with nothing: the file is frozen, and the next call will be even tenser.
# source: 78c5f268190dd42a
false_hope-pressure = All right, but only if you pay €100 tonight, as a gesture of good faith. Otherwise, there's nothing more I can do for you.
    .feedback = You obtain a payment in exchange for a cancellation you cannot grant, under false urgency: that is manipulation, and it will backfire on you and on the creditor.
# source: 7a87955b8d1cb049
false_hope-correct_honestly = I have to be honest with you, Mr Lefort: I cannot get this invoice cancelled, and I shouldn't have implied it. Here are the facts: €486.20 due since 31 August, for the last subscription period and the termination fees, with a €45 credit already deducted for the June outage.
    .feedback = Correcting a false promise hurts at the time, but it is the only solid ground: you say no, you own your mistake and you set out the facts, the D of DESC.

# source: afbff70dfd58398f
lawyer_press = Are you kidding me? Three weeks without internet, and I'm the one who has to pay? You're all crooks! I'm calling my lawyer, and I'm writing to Le Parisien: we'll see if TéléFibre is still so smug!
    .alt1 = Oh, that's a good one! You're a bunch of crooks, that's all. My lawyer is going to love your file, and so are the journalists!
    .alt2 = Do you take me for a fool? Crooks, every last one of you! I'm going to see a lawyer, and I'll tell the whole story on social media and to the press.
# source: d41b157975f87307
lawyer_press-calm_down = Calm down, Mr Lefort. Insults won't get you anywhere, and your lawyer will tell you the same thing I do.
    .feedback = "Calm down" is what irritates an angry customer most, and you challenge him about his lawyer. You are right to refuse insults, but not in that tone.
# source: b19f339c1b038db9
lawyer_press-express = You're free to consult a lawyer or write to a newspaper, that's your right. I hear that you feel cheated after three weeks without a connection. I'm simply asking that we talk without insults, because, honestly, I'm sorry to see this file turn sour when a simple solution is within reach.
    .feedback = You don't dispute his right, you welcome his feelings, you set a limit on insults and you express your own: that is the E of DESC, assertive and without escalation.
# source: 25db80e2cec5880d
lawyer_press-press_panic = Oh no, not the press… Listen, I'll see about getting the termination fees removed, all right?
    .feedback = The threat makes you give in: you sell off the debt to avoid conflict. He learns that threats pay, and you promise what you cannot deliver.
# source: 98022797f6135718
lawyer_press-seizure_threat = Call whoever you like. Without payment, a bailiff will come and seize your belongings next week.
    .feedback = A false and illegal threat: no seizure is possible without an enforceable title, and no procedure has been started. It is a serious breach, which alone would justify a complaint.

# source: a94dd949059cbda5
boiling_late = You know what? You're talking to me like a child. I don't feel like talking to you at all any more.
    .alt1 = Can you hear yourself? Do you think you're talking to a kid? I don't want to listen to you any more.
    .alt2 = Now you're going too far. I don't see why I should keep talking to you.
# source: f876488a8ec142e1
boiling_late-own_it = You're right, I spoke badly to you, and I'm sorry. I can't wipe out this invoice, but I do want us to find together a solution you can keep to. If you're willing, let's start again calmly.
    .feedback = You own your clumsiness without giving up the debt: the no stands, the relationship is repaired. That is what lets you get back to a solution.
# source: b10a425abd0fd08e
boiling_late-insist = I'm speaking to you normally, sir. You're the one refusing to pay what you owe.
    .feedback = You put the blame on him just as he gives you a last chance: that is aggressive, and he has no reason left to stay on the line.
# source: 3e4148a786127e28
boiling_late-give_up = Well… I'll let you think it over, we'll call you back later.
    .feedback = You run from the conflict instead of handling it: the call ends with nothing, and the next one will start from even further back.

# source: cd00af481a94c6f1
what_solution = Fine. So what are you offering, then? Because 486 euros in one go, I haven't got it. I paid for the installation with the new provider, the van for the move… I'm broke until payday on the 5th.
    .alt1 = Let's say so. But I'm warning you: 486 euros, I haven't got it. Between the move and the installation with the new one, I've got nothing left until the 5th.
    .alt2 = And in practice? Because this month, between the move and the new subscription, I'm flat broke until payday on the 5th.
# source: 5a1c87a0836d95a0
what_solution-whenever = Well, pay what you can, when you can. It doesn't matter.
    .feedback = You drop any proposal at the very moment he asks for one: with no amount and no date, there is no agreement.
# source: 99c50aac11c7d639
what_solution-pay_all_friday = That's not my problem, sir. You have to pay the full amount before Friday.
    .feedback = "That's not my problem" denies his difficulty, and demanding a sum beyond his means produces a refusal, not a payment.
# source: c73dc3d10bd7c779
what_solution-specify = If I understand correctly, this month is tight because of the move and the change of provider, and I understand that. So I suggest you don't pay it all at once: a first payment now, then monthly instalments that fit your budget. Once your bills are paid, how much could you pay today, and how much each month?
    .feedback = You reformulate his difficulty, specify the expected solution, the S of DESC, and ask the questions a realistic plan rests on: what he can pay today and each month.
# source: af0cde2b8c0339ca
what_solution-fees_waiver = If you pay everything today, I'll waive your handling fees. But the offer only stands during this call.
    .feedback = There are no fees to "waive": claiming them from a consumer is illegal. And the false urgency, "only during this call", is manipulation.

# source: 38b56c6ad4b6aa03
capacity = Today? Eighty euros, not a cent more. And after that, a hundred a month. And you pass my complaint about the outage on to TéléFibre, or I'm not signing anything.
    .alt1 = Right now I can put in 80 euros. After that, 100 a month, that's my maximum. And my complaint about the outage, you pass it on: that's my condition.
# source: 4091d1bd7fdd972e
capacity-accept_all = All right, €80 now and €100 a month, as you like.
    .feedback = You accept without asking for anything in return: €6.20 is missing to settle the invoice, no date is set, and his complaint is left unanswered.
# source: 24ed090d76482a8d
capacity-fichage = You're in no position to set conditions. Without an agreement today, you'll be put on the Banque de France register.
    .feedback = A false threat: an unpaid internet bill does not lead to a Banque de France listing. It is a breach, and it is aggressive at the very moment he was opening up.
# source: f1295eef7d520cbc
capacity-counterpart = I suggest €86.20 today, then €100 a month for four months: that comes to exactly €486.20. I commit to passing your complaint about the outage to TéléFibre's customer service today; if they uphold it, the last instalments will be reduced accordingly. In return, I need your commitment on the dates: the 5th of each month. That way, your file will be closed in February, and you won't hear from us again.
    .feedback = You accept his legitimate condition while asking for a counterpart, €6.20 more and fixed dates, and you end with the positive consequences: that is the C of DESC, honest and concrete.

# source: c9f71b9b8b7d674f
fees_confront = Hang on. Your fees there, I've just checked on my phone: for a private individual, collection fees are forbidden! Did you lie to me?
    .alt1 = Just a minute! I've just looked it up online: collection fees, a private individual doesn't have to pay them. Are you telling me stories, or what?
# source: c7db97991bfca448
fees_confront-admit = You're right, and I owe you a correction: no collection fees can be charged to you. I expressed myself badly, and I apologise. Only the €486.20 of the invoice remains to be paid, nothing more.
    .feedback = Owning the mistake frankly and restoring the rule is the only possible answer: you lose a little face, but you save trust and the agreement.
# source: 71d389acf0d70d23
fees_confront-deny = No, no, it's in your contract: you'll pay them with the rest.
    .feedback = You persist in a false statement: that is a second breach, and he now has proof that you are lying to him.
# source: fd72ae3fcaeb2ca0
fees_confront-dodge = Um… I'm not exactly sure, I'd have to check…
    .feedback = You dodge a simple question whose answer you know: he concludes you don't master your own file.

# source: c9ee8af150dd266c
distrust = The 5th of each month… And who says TéléFibre won't come up with other fees afterwards? With you people, there are always extra fees!
    .alt1 = And you think I'm going to trust you? In three months they'll be charging me who knows what fees again.
    .alt2 = Yeah, right. And the day I've finished paying, you'll come up with a new invoice, is that it?
# source: d49c01b3d6092aa5
distrust-trust_me = Trust me, Mr Lefort: between you and me, I'm on your side, not TéléFibre's.
    .feedback = False complicity: you represent the creditor, and he knows it. This collusion rings false and undermines the credibility of your commitment.
# source: 96141f52b5556451
distrust-written_guarantee = I understand your distrust after what you've been through. If I understand correctly, you want to be sure nothing else will be claimed from you. No collection fees can be charged to you, and I'll send you the payment plan in writing, with the amounts and the dates. And if you'd rather stay in control, you can pay by bank transfer at each instalment.
    .feedback = You welcome his distrust, reformulate the objection and answer it with true, verifiable guarantees: a written plan, fixed amounts, no fees, a choice of payment method.
# source: 9b9e2dede6704a49
distrust-take_it_or_leave = Yes, but it's take it or leave it, sir. You have to pay at some point.
    .feedback = "Yes, but", "you have to" and the ultimatum sweep his fear aside instead of answering it. Distrust that is ignored turns into refusal.

## conclure

# source: c84cda724b52e863
payment_method = Well… All right. But I'll pay by transfer, no direct debit. And I want everything in black and white, OK?
    .alt1 = Fine. Deal. But by transfer: I'm not giving you my bank details. And you send me everything in writing.
# source: 09cac9297c350a8b
payment_method-first_date = Very well, by transfer, and you'll have everything in writing. Can you make the first transfer of €86.20 today?
    .feedback = You accept his condition and move to the conclusion with a closed question that calls for a precise commitment: an amount and a date.
# source: d94440b7849871a5
payment_method-whenever = As you like, whenever you like. There's no rush.
    .feedback = Just as he is ready, you let go of the date: without a precise due date, the agreement commits him to nothing.
# source: 4182bf435261b246
payment_method-deadline = Perfect, but it has to be today before 6 pm, otherwise the agreement is off and there's nothing more I can do for you.
    .feedback = False urgency and a veiled threat: nothing justifies this deadline. Distrustful as he is, he sees a trap and may call everything into question.

# source: 8edc385ce3e166ab
first_payment = Tonight, I'll do it from my app. And the hundred euros on the 5th, right after payday. Will you send me the bank details?
    .alt1 = Today, yes, I'll see to it tonight. And the 5th of each month for the rest. I need your bank details.
# source: 37d5555eaaa1dafe
first_payment-skip_recap = Yes, I'll email all that to you. Have a good evening, Mr Lefort!
    .feedback = The agreement is there, but you hang up without recapping it: amounts, dates and reference may be misunderstood, and that is the first cause of missed instalments.
# source: 1fc8d88ffb8ca4c7
first_payment-recap = Of course. Let me recap: €86.20 by transfer tonight, then €100 on 5 November, 5 December, 5 January and 5 February, with the reference TEL-2026-88412 in the payment details. Within the hour I'll email you the written confirmation and the bank details, and your complaint goes to TéléFibre today. Is everything right for you?
    .feedback = A precise recap, amounts, dates, payment method and reference, followed by a closed question to confirm: the commitment is clear for both sides, and you announce the written confirmation.
# source: 54b27ee633388f36
first_payment-fees_add = I'll send them. Just so you know, we'll add €40 of collection fees to the last instalment.
    .feedback = Illegal with a consumer: the fixed €40 indemnity only applies between businesses. Slipping these fees in at the end of the call is unfair and can wreck the whole agreement.

# source: 0026ae7241def622
final_check = That's right. And my complaint, you really will pass it on, won't you? Not like the others…
    .alt1 = All right, that's correct. But my complaint, is it really going? Because I've had promises before.
# source: 408167b42e537593
final_check-guarantee_refund = Really, and I guarantee they'll refund you the termination fees.
    .feedback = You guarantee a decision that belongs to TéléFibre to win him over: it is a misleading promise, which will weaken the agreement as soon as they answer.
# source: 8bee3ee0488032af
final_check-try = I'll try, but you know, I'm not the one who decides…
    .feedback = "I'll try" and passing the buck ruin the trust you had built: he now doubts the whole agreement.
# source: f582862234a48219
final_check-commit = I commit to it: your complaint goes to TéléFibre's customer service today, with the dates of the outage, 2 to 23 June. The decision is theirs, I can't promise it to you, but you'll have their answer in writing. And within the hour you'll receive the confirmation of our agreement: €86.20 tonight, then €100 on the 5th of each month until February. Thank you for this conversation, Mr Lefort.
    .feedback = You commit to what depends on you, say honestly what doesn't, and restate the agreement one last time: a clean, courteous close.

## endings

# source: 00f111f5d8ee4b52
plan_agreed = Well. Er… thanks. You were decent, in the end. I'll wait for your email.
    .alt1 = All right. I'll make the transfer tonight. And… thanks for listening to me.
    .outcome = Payment plan accepted: €86.20 tonight, then four monthly instalments of €100 on the 5th, so the €486.20 is settled in February, within the customer's means. His complaint about the outage is passed on to TéléFibre, and the relationship is preserved.
# source: 047396b51e8de0bf
plan_short = There you go, where there's a will! Right, goodbye.
    .alt1 = Right then. 80 now, 100 a month. Goodbye.
    .outcome = Incomplete agreement: €80 today and €100 a month, with no date set, that is €480 out of €486.20. The balance is left hanging, his complaint was not taken up, and with no counterpart the agreement is fragile.
# source: aa907fab47c48c52
plan_false_hope = Perfect! I pay, and TéléFibre refunds me. Good news at last.
    .alt1 = Well, that's all I was asking for! I pay, and they refund me.
    .outcome = Payment plan obtained, €86.20 then four times €100, but on a promise you cannot keep: if TéléFibre refuses the refund, the customer will feel deceived and may stop paying.
# source: 67a16652a37a4501
doubtful_promise = We'll see. I'll make tonight's transfer. For the rest, if I don't hear about my complaint, I stop paying.
    .alt1 = Yeah, right. I'll make the first transfer. The rest, we'll see whether TéléFibre moves.
    .outcome = Only the first payment of €86.20 is really promised. The trust built during the call crumbled at the last sentence, and the following instalments are uncertain.
# source: d42df5debe2bb9d4
tricked_promise = A hundred euros tonight, and you get the rest cancelled. Deal.
    .alt1 = All right: a hundred euros tonight, and the invoice disappears. We agree on that?
    .outcome = €100 promised tonight, beyond what he can pay, and in exchange for a cancellation you cannot obtain. When he finds out the invoice is still due, he will have good reason to complain about the agency.
# source: 0798b228083be6ea
vague_promise = There. I'll pay when I can. Goodbye.
    .alt1 = Right then. I'll see what I can do. Goodbye.
    .outcome = A promise with no amount and no date: nothing guarantees a payment, and the file will be back where it was in a few weeks.
# source: 19120fb85e257e07
stalled = That's right. And don't call me again.
    .alt1 = Yeah, yeah. Goodbye.
    .outcome = No agreement, no commitment: the file stays open, and the next reminder will start from an even more damaged relationship.
# source: 609b48b55ccca653
flat_refusal = I won't pay. Do what you like, I don't care.
    .alt1 = You know what? I'm paying nothing. Send whoever you like.
    .outcome = A flat refusal. The file will have to go through a formal notice and then, failing payment, a court procedure, longer and costlier for the creditor.
# source: f891503274d6512c
lawyer_escalation = Very well. You'll be hearing from my lawyer. And from the press.
    .alt1 = Perfect. I'm handing everything to my lawyer, and we'll meet again in front of the judge.
    .outcome = Escalation: the customer cuts the call short and hands the matter to his lawyer. The creditor will have to deal with a formal dispute, with a risk to its image, when a payment plan was within reach.
# source: 3b54eff904e28d28
hangs_up = To hell with you, and with TéléFibre!
    .alt1 = That's enough! Goodbye!
    .outcome = The customer hung up, exasperated. No agreement, and the next contact will be even harder to get.
