# Invoice disputed by a business customer: second reminder call.

# source: c3698980747d62a1
title = Disputed invoice: second reminder call to a business customer
# source: 8f8e76ea3b17f8de
summary = A brasserie manager disputes a €4,200 equipment invoice: separate the real dispute from what is due, present the risks and close on a payment.
# source: 073c05e9a4a082d3
briefing-debtor = Nathalie Royer, manager of SARL Brasserie Le Félix, a 60-seat brasserie in Nantes. A customer for three years, she has always paid, often a little late. She disputes invoice EC-2026-0457 but has never put in writing what is wrong with it.
# source: 6bc71f3d7916978f
briefing-creditor = Inox Cuisine Équipement, a supplier of professional kitchen equipment. You are Dominique Lenoir, from the collections department. Invoice EC-2026-0457 of 10 July 2026, €4,200 including VAT, payable at 30 days (due on 9 August), covers a hood dishwasher (€2,880), twelve gastronorm containers (€360), installation and commissioning (€540) and a stainless steel table (€420). The file holds the signed quote, the delivery note signed by the head chef on 8 July, and the invoice.
# source: c3903dff5da1264f
briefing-history = Reminder e-mail on 12 August, unanswered. First call on 3 September: Ms Royer said she disputed the invoice and promised to e-mail the list of problems; nothing has arrived since. Today is Thursday 17 September, mid-afternoon: this is your second call. Between businesses, late-payment penalties and the fixed €40 indemnity for collection costs are due by law (French commercial code, L441-10). If the call fails, the next steps are a formal notice, then an order for payment on the undisputed part.

## contact

# source: 53cf90b0f7edcdaa
switchboard = Brasserie Le Félix, good afternoon! … Ms Royer? She’s in the kitchen with the delivery guys. Who’s calling, please?
    .alt1 = Le Félix, hello! … The boss? She’s busy right now. What’s it about?
    .alt2 = Brasserie Le Félix, good afternoon! You want Ms Royer? I’ll see if she can come to the phone. Who shall I say is calling?
# source: aa1b3bad3ecba547
switchboard-discreet = Good afternoon, this is Dominique Lenoir from Inox Cuisine Équipement. Could you put me through to Ms Royer, please? It’s about her customer account; she’ll know what it’s about.
    .feedback = You give your name and company without telling an employee anything about the invoice: the debt concerns the manager alone. “Could you” makes the request courteous.
# source: 1502c491fd1d314c
switchboard-tell_waiter = Tell her it’s Inox Cuisine, about her €4,200 invoice that’s been unpaid since August. That might get her here faster.
    .feedback = You disclose the debt to a third party to put pressure on the manager in front of her staff: that is a breach of professional ethics, and the call starts with a humiliated, hostile customer.
# source: 1a886ffe9e33608f
switchboard-hang_back = Oh, she’s busy… Never mind, don’t disturb her on my account. Well, if she can take it, fine, otherwise I’ll call back later.
    .feedback = You fade away instead of introducing yourself: no name, no company, and the call sounds unimportant. You can be discreet without being hesitant.

# source: 8849b09e99ac53e6
opening = Yes, Nathalie Royer. What’s it about? Make it quick, I’m taking in the evening deliveries.
    .alt1 = Royer speaking. Who are you again? I haven’t got much time.
    .alt2 = Hello? Yes, it’s me. Go ahead, but I’ve got five minutes, no more.
# source: 8e1cadf0348084d2
opening-identify = Good afternoon, Ms Royer, this is Dominique Lenoir from the collections department at Inox Cuisine Équipement. I’m calling you back about invoice EC-2026-0457 of 10 July, following our conversation on 3 September. If I may, I suggest we take five minutes to find a solution together.
    .feedback = Name, company, purpose and reference right away, with a reminder of the first call: this is clearly a second reminder. The cushion phrase and “find a solution together” respect her time and open the conversation.
# source: f8b79cfadf1da5fe
opening-amount_first = Ms Royer, you’ve owed us €4,200 since 9 August. This invoice has to be paid; we’re not going to keep chasing you forever.
    .feedback = You lead with the amount and a reproach, without introducing yourself or listening: “you owe” and “has to be paid” put her on the defensive before she has said a word.
# source: 04eb9ce11bbd0b80
opening-apologise = Oh, sorry to bother you in the middle of the rush… It’s Inox Cuisine, about the invoice, but it’s really not urgent.
    .feedback = By apologising for calling and saying it is “not urgent”, you give her every reason to put the conversation off. Introduce yourself clearly: your call is legitimate.

# source: e8bc6987b8586af2
opening_upset = What kind of behaviour is this? My waiter just told me, in front of the whole kitchen, that I don’t pay my bills! Who are you, anyway?
    .alt1 = Are you out of your mind? Telling my staff about my invoices now? Who is this?
# source: 8668525e2446bdbe
opening_upset-apologise_identify = You’re right, Ms Royer, I shouldn’t have given that detail to your colleague, and I apologise. This is Dominique Lenoir from the collections department at Inox Cuisine Équipement: I’m calling about invoice EC-2026-0457, following our conversation on 3 September.
    .feedback = You acknowledge the mistake without justifying yourself, which lets her anger subside, then you identify yourself fully. It would still have been better to say nothing to the waiter.
# source: ca0fd0cf6c2382f0
opening_upset-justify = If your invoices were paid on time, Ms Royer, I wouldn’t have to go through your waiter.
    .feedback = You justify an indiscretion with a reproach: that is aggressive, and disclosing the debt to a third party remains a breach. The manager no longer has any reason to cooperate.
# source: 78e7e889b3b330e6
opening_upset-minimise = Oh, it’s nothing, he must have misunderstood… Never mind, we can talk about it another time if you prefer.
    .feedback = You play it down instead of acknowledging the mistake, then offer to postpone the call: she takes control and pushes the discussion back.

# source: 3b72493fdab19d73
takes_control = Right. I haven’t got time for this. Your invoice is wrong, I said so last time; we’ll talk about it when your sales rep has called me back, not before.
    .alt1 = Look, your invoice is wrong, I’ve already told your people. When your sales rep has called me, we’ll see. Until then, I’m not paying anything.
# source: 11bb0e8df7357c6e
takes_control-recentre = I understand, and I’ll be brief. Dominique Lenoir from the collections department at Inox Cuisine Équipement, about invoice EC-2026-0457. You’re telling me this invoice is wrong: that’s exactly why I’m calling, to get it sorted out. What doesn’t match, in your view?
    .feedback = You take back control without being abrupt: full identification, a restatement of her objection, then an open question that makes the dispute the subject of the call instead of a reason to postpone it.
# source: 032f0d014d2dfedc
takes_control-agree_wait = Fine, I’ll ask the sales rep to call you back, and I won’t chase you until then.
    .feedback = You agree to put everything on hold without knowing what is disputed: the whole invoice stays blocked, with no date, over a dispute you have not even identified.
# source: b1ca15851976fe8e
takes_control-threat_litigation = The sales rep has nothing to do with it, Ms Royer. If you don’t pay, it goes to litigation, and that’s that.
    .feedback = Brandishing litigation in the first seconds, without listening to the dispute, is aggressive: you jump straight to threats and the customer digs in.

## comprendre

# source: bccacfe7fb675541
dispute_stated = Again? I already said it last time: this invoice is wrong. I was expecting a call from your sales rep, not from collections. Until it’s corrected, I’m not paying it.
    .alt1 = Oh, Inox… Look, I told you on the 3rd: your invoice doesn’t match what we received. I won’t pay a wrong invoice, full stop.
    .alt2 = I thought as much. Your invoice is wrong, and nobody at your end is doing anything. So no, I’m not paying it as it stands.
# source: cf44af4ee9bbc316
dispute_stated-listen = I understand it’s frustrating to wait for an answer that doesn’t come. If I understand correctly, you’re disputing the invoice because it doesn’t match what you received. So that we can find a solution, what exactly is wrong?
    .feedback = Empathy about the wait, a restatement of the objection, then an open question: you qualify the dispute instead of giving in to it or fighting it, and “find a solution” steers the conversation.
# source: 94d43765bdc03900
dispute_stated-whole_invoice = Are you disputing the whole invoice?
    .feedback = A useful but closed question: it calls for a yes or a no, when what you need here is to get the customer talking. Restate first, then ask what is wrong.
# source: 443fef4aaa5ffa08
dispute_stated-wait_for_sales = All right, I understand. I’ll put the file on hold until our sales rep calls you back, and we’ll see then.
    .feedback = You freeze the whole invoice without knowing what is disputed or for how much: exactly what a delaying dispute is after. A dispute is qualified; it does not suspend everything.
# source: 15ae6f8a283b8ec3
dispute_stated-bad_faith = Ms Royer, this is the second time we’ve called and you still haven’t sent anything. Disputing so as not to pay doesn’t work with us.
    .feedback = You accuse her of bad faith before listening to her, although part of her dispute is well founded. The accusation puts her on the defensive and stops you from separating the real dispute from the pretext.

# source: d4d657ac2fadd870
bristles = Excuse me? Who do you think you’re talking to? Your invoice is wrong, I’ll have you know, and I’m not paying for what I haven’t received. Carry on like this and I’m hanging up.
    .alt1 = Hey, watch your tone! There are mistakes on your invoice, and I’m the one being treated like a thief? I’m going to hang up.
# source: e0e2390be211c199
bristles-receive_criticism = You’re right to pull me up: my tone wasn’t right, and I apologise. You’re telling me the invoice doesn’t match what you received; that is exactly what I’m calling to understand. If you don’t mind, what exactly is wrong?
    .feedback = You take the criticism without justifying yourself or grovelling, you restate her dispute and come back to an open question: that is how you defuse aggression you triggered yourself.
# source: 8fec375ff738abee
bristles-calm_down = Calm down, Ms Royer. The facts are clear: the invoice is overdue, you have to pay it.
    .feedback = “Calm down” and “you have to” raise the tension another notch; you ignore a dispute that is partly well founded and you lose the customer.
# source: 654c3d70ea1048e1
bristles-backpedal = No, no, I’m sorry, I didn’t mean to offend you… We can put everything on hold if you prefer.
    .feedback = You swing from one extreme to the other: after the aggression, you give up everything and freeze the whole invoice. The right answer acknowledges the tone without dropping the subject.

# source: 231a762d9a392360
grievances = Look, it’s simple. We ordered twelve gastro containers, we got six. The installation was €360 on the quote, you’re charging 540. And your dishwasher clatters like an old saucepan every time it starts. So until all that’s sorted, I’m not paying a thing.
    .alt1 = Three things. Six of the twelve gastro containers we ordered are missing. The installation: €540 on the invoice, €360 on the quote. And the dishwasher makes a clanking noise when it starts. So I’m holding everything until it’s sorted.
    .alt2 = Well, since you insist: six gastro containers out of twelve never delivered, an installation billed at €540 when the quote said 360, and a dishwasher that makes an unbelievable racket. Until that’s sorted, you’re getting nothing.
# source: aef35f795342698f
grievances-separate = So, to sum up: six containers not delivered, that’s €180, and a €180 difference on the installation compared with the quote. That makes €360 under discussion on a €4,200 invoice. And the dishwasher: what is this noise like, and what did our after-sales service tell you?
    .feedback = Your summary puts a figure on the real dispute and sets it apart, without saying so bluntly, from the rest of the invoice; the open question qualifies the third complaint before drawing any conclusion.
# source: f11efa02a55fa90a
grievances-all_to_sales = Very well, I’ll pass all that on to the sales rep and suspend reminders on the invoice until everything is sorted.
    .feedback = You let a €360 dispute block a €4,200 invoice, with no date and no commitment: the delaying dispute has won.
# source: c2ed513cb96469ca
grievances-stalling = The noise of a dishwasher that works is no reason to hold back €4,200. Admit it, you’re playing for time.
    .feedback = The substance is not wrong, but the accusation is aggressive and you ignore two well-founded complaints. Restate instead, and separate what is disputed from what is not.

# source: 300bf7384558a044
machine_works = It bangs when it starts, a clanking noise. Well, it washes, we use it every evening, but I didn’t buy a €2,880 dishwasher to put up with that racket. I opened a ticket with your after-sales on 28 August, nobody has come.
    .alt1 = A bang every time it starts, you can hear it all over the kitchen. It works, mind you, we use it every day. But I called your after-sales on 28 August and I’m still waiting for the technician.
# source: 7be20a74df34fcab
machine_works-qualify_stake = In other words, the machine works day to day, but this noise needs checking under the warranty, and your request of 28 August was never followed up. I’ll chase after-sales as soon as we hang up. That aside, what is stopping you from paying the part of the invoice that isn’t in question?
    .feedback = You restate to establish the key fact: the machine works, so this is a warranty matter, not a reason to withhold payment. You make a concrete commitment, and your open question brings out the real obstacle.
# source: 22850798bf061c56
machine_works-discount = For the inconvenience, I can give you 10% off the machine, and we’ll say no more about it.
    .feedback = You offer a discount that nothing justifies, that you have no authority to grant, and with nothing in return, when the machine is covered by the warranty: you reward the delaying tactic.
# source: b05529a3c85b044e
machine_works-not_our_business = The noise isn’t the collections department’s problem, Ms Royer. The machine works, so you have to pay for it.
    .feedback = On substance it is indeed a warranty matter; but “not our problem” and “you have to” brush her off: she feels dismissed and hardens her position.

## convaincre

# source: 5f14e9786d284563
real_reason = What’s stopping me? First, the principle: if I pay everything, nobody at your end lifts a finger, I know how it goes. And between you and me, we’ve just had three weeks closed in August, cash is tight.
    .alt1 = Honestly? If I pay, I’ve got no leverage left, and I’ll never see your technician. And with the August closure, money is tight at the moment.
# source: ab39701508d43cba
real_reason-describe_facts = I understand: September is tight after the closure, and you want to be sure your complaints will be dealt with. If you don’t mind, let’s go over the facts: of the €4,200 invoice, €360 is under discussion; the remaining €3,840 covers equipment that was delivered, installed and is used every evening, and it has been overdue since 9 August.
    .feedback = You welcome both of her reasons with empathy, then describe the facts neutrally and with figures: the “D” of DESC, which shows that the dispute concerns only a small part of the invoice.
# source: 7a1e96a588a96937
real_reason-wait_for_technician = I completely understand. In that case, let’s wait until the technician has been and everything is sorted, and you’ll pay the invoice then.
    .feedback = You let a €360 dispute and a warranty visit delay, with no date, the payment of €3,840 that nobody disputes: that is giving in to the delaying tactic.
# source: 4b074e81ed86ee72
real_reason-guilt_trip = You know, Ms Royer, we’re a small business too. If all our customers did what you’re doing, we’d have to let our technicians go.
    .feedback = Making the customer feel guilty is manipulation: she senses it, her trust drops, and you have answered neither of her two reasons.

# source: 50081beb68f2309e
hardens = Oh no, don’t give me that! You won’t get a cent until your technician has been and the invoice has been redone. And I’m going to rethink my suppliers, believe me.
    .alt1 = Fine. If that’s how it is, I’m paying nothing until everything is sorted, technician included. And I’ll be looking at what your competitors offer.
# source: 1393a6e9e6acf5cd
hardens-reset_facts = That was a clumsy answer, and I regret it. You’re waiting for the technician and a corrected invoice, and that’s legitimate: both will be dealt with. Going back over the facts: of €4,200, €360 is under discussion; the remaining €3,840 covers equipment that was delivered, installed and that you use, and it has been overdue since 9 August.
    .feedback = You acknowledge your clumsiness without giving up on the substance, restate what she expects, then return to the facts, neutral and with figures: the “D” of DESC. That is how you defuse an escalation you caused yourself.
# source: 628a20316b6147c2
hardens-bad_payer_threat = Rethink whatever you like. But be aware that we will report your company as a bad payer to the other suppliers in the region.
    .feedback = Disclosing the debt to third parties is forbidden, and the threat is false: a serious breach that destroys your credibility and the business relationship.
# source: 1af01a6d62f9bcaf
hardens-give_in = Well… all right, we’ll wait until the technician has been and the invoice has been redone.
    .feedback = Under pressure, you give up everything: the undisputed part stays blocked, with no date. You can admit a mistake without dropping your request.

# source: 3d74c396c173a10f
leverage = Yes, well, €3,840 isn’t nothing. And if I pay it, who’s to say you’ll correct the invoice and the technician will come? No, I’m holding on to all of it until it’s sorted.
    .alt1 = All right, the figures are correct. But if I pay now, I lose my only leverage. I’d rather hold on to everything until your people have done their job.
# source: ba328c39c77aaa7e
leverage-express_concern = You want to be sure your complaints will be dealt with, and I hear that. What concerns me is that holding back €3,840 over a €360 difference keeps late-payment penalties running on the whole amount and freezes your account with us, including for your next orders.
    .feedback = You restate her fear, then calmly express what the situation makes you feel and what it costs: penalties running, account frozen. This is the “E” of DESC: firm on substance, with no threat.
# source: 9092002863bd840b
leverage-keep_it_all = I understand, you’re right: hold on to everything for now, and we’ll talk again when it’s all sorted.
    .feedback = You endorse the idea that an undisputed amount can be held back as leverage: the customer now has no reason to pay for weeks.
# source: de1deaf03ef33edd
leverage-no_conditions = It’s not up to you to set conditions, Ms Royer. You have to pay, and that’s final.
    .feedback = Answering a fear with an order is aggressive: you do not deal with the objection, which is about a guarantee that the invoice will be corrected, and you restart the conflict.

# source: 2d585617399b9c67
proposal = Right. So what are you proposing, exactly? I’m willing to make a gesture: half now, the rest when everything is sorted.
    .alt1 = Let’s say so. What do you suggest? I can transfer half, and the rest when I’ve got my credit note and my technician.
# source: 24235d1526fcef05
proposal-win_win = For an amount that isn’t disputed, half isn’t enough. What I suggest instead is this: you pay the undisputed €3,840 by transfer before Friday. On my side, I’ll have the quote and the delivery note checked today, I commit to having a €360 credit note sent to you if the difference is confirmed, and I’ll get a date set for the technician.
    .feedback = You say no to the half-measure without closing the door, and you specify a precise solution in which each side commits: payment of what is due in exchange for the credit note and the repair visit. This is the “S” of DESC and the win-win of the second reminder.
# source: eff7c1781381cf05
proposal-half_ok = All right, half now and the rest when everything is sorted. That seems reasonable to me.
    .feedback = You leave €1,920 of undisputed debt hanging, with no date, when the dispute concerns only €360: a concession with nothing in return.
# source: 74c334ebc37293d7
proposal-seizure = It’s all or nothing, Ms Royer. If the €4,200 isn’t in our account by Monday, the bailiff will come and seize your equipment.
    .feedback = A false threat: without an enforceable title, no bailiff can seize anything. On top of that you claim the disputed part. It is a serious breach, and the customer now has good reason to refuse everything.

# source: 784eee529aa6ecd9
unqualified = Setting a date for the technician, that’s easily said: nobody has even asked me what’s wrong with this dishwasher! It bangs every time it starts, I opened an after-sales ticket on 28 August and nobody has come. Until I have a firm date, I’m not committing to anything.
    .alt1 = And the dishwasher? You haven’t even asked me what’s wrong with it! A clanking noise every evening, an after-sales ticket since 28 August, and still nobody. I want a firm date before I pay anything at all.
# source: 5b888416c062e627
unqualified-add_sav_date = You’re right, I should have asked you. If I understand correctly, the machine works, but this noise needs checking under the warranty, and your request of 28 August was never followed up. I’ll chase after-sales as soon as we hang up and have a date confirmed to you in writing; in return, the €3,840 transfer goes ahead as I proposed.
    .feedback = You restate the complaint, qualify it (a warranty matter, not a reason to withhold payment) and build it into the agreement with a clear counterpart. It would have been simpler to qualify it earlier, when she was listing her complaints.
# source: 7b0d30e78478610e
unqualified-wait_sav = In that case, let’s wait for the technician’s visit, and you’ll pay afterwards.
    .feedback = You make payment of the undisputed part depend on a warranty repair: the customer gets, with no date, exactly the delay she was after.
# source: 34a7e7238b62fe62
unqualified-not_my_department = After-sales isn’t my department, Ms Royer. Take it up with them; I deal with the invoice.
    .feedback = Sending the customer to another department denies her complaint and breaks the agreement that was taking shape: you had every interest in building this point into the solution.

# source: 8aa13b84e56bdf82
hesitates = Friday… My accountant only comes in on Tuesdays, he’s the one who does the transfers. And frankly: if I do nothing, what happens?
    .alt1 = Friday is going to be tight: my accountant does the transfers, and he comes on Tuesdays. And if I let it drag on, what will you actually do?
# source: 437958b822110bac
hesitates-both_ways = If your accountant comes in on Tuesday, a transfer on Tuesday the 22nd suits me perfectly. Your account will then be up to date, the penalties will stop, and both the credit note and the technician will be handled as a priority. Without payment, on the other hand, I will have to send you a formal notice, then apply for an order for payment on the undisputed €3,840, with the late-payment penalties and the fixed €40 indemnity provided for by law. I would really rather we didn’t come to that.
    .feedback = Flexible on the date, firm on the amount: you accept the accountant’s Tuesday. Then you present the consequences, positive ones first, then the real, lawful next steps (formal notice, order for payment, penalties and the €40 due between businesses), without dramatising: this is the “C” of DESC.
# source: 21fe37e8910df12e
hesitates-nothing_happens = Oh, nothing right away, don’t worry. See with your accountant when he can, a few days won’t make any difference.
    .feedback = She asks you about the risks and you say there are none: that is untrue, and it takes away any reason for her to pay. Calmly presenting the risks is part of a second reminder.
# source: 5a3de953c52d4864
hesitates-bluff_tonight = I shouldn’t be telling you this, but if I don’t have your agreement tonight, the file goes straight to court and all the costs will be yours.
    .feedback = False urgency and a false confidence: no file goes to court “tonight”; a formal notice comes first. It is a misleading threat, and if the customer sees through it, she lets you go to litigation.

# source: 5dda29466da383c5
split_request = Right, I see. But €3,840 in one go in September, after the closure, puts me in the red. I can do two payments of €1,920: Tuesday, and the rest at the end of October.
    .alt1 = Agreed in principle. But all at once, in September, it’s too much. Two transfers of €1,920, Tuesday and end of October: that I can manage.
# source: a0a1b54acbf3e3a4
split_request-split_with_counterpart = I understand September is tight after the closure. If I follow you, you can pay €1,920 on Tuesday and €1,920 at the end of October. I can accept that, provided the first transfer does go out on Tuesday and the second is set for 20 October, in a schedule you return to me signed.
    .feedback = You restate her request, show flexibility on a short, realistic delay and obtain counterparts: firm dates and a signed schedule. The concession is limited and on record.
# source: 85404957e4d0c230
split_request-whenever_you_can = Do what you can, in three or four goes, we’re in no hurry.
    .feedback = You go beyond what she asked for, with no dates and nothing in return: the schedule is vague and nothing guarantees it will be kept.
# source: d4ac7c666c99dd95
split_request-all_or_nothing = No, it’s €3,840 on Tuesday, that’s not negotiable. You should have planned for the August closure.
    .feedback = Refusing can be defended, but not in that tone: the reproach about her management is aggressive and may wreck an almost-closed agreement. An assertive no offers an alternative.

## conclure

# source: 1d0cd268c0426e52
ready = Right. All right, I’ll tell my accountant for Tuesday. But I want the credit note and the technician’s date in writing, mind.
    .alt1 = Agreed, I’ll tell my accountant to make the transfer on Tuesday. But I want your commitments in black and white.
# source: 7ad50aad23ca591c
ready-pin_details = Of course, you’ll have everything in writing. Let me suggest we note it down: a transfer of €3,840 on Tuesday 22 September, with the reference EC-2026-0457. Can you confirm that your accountant will make it that day?
    .feedback = At the close, the closed question locks in the commitment: amount, date, payment method and reference. You also reassure her about the written confirmation she asks for.
# source: 8305d407712ed0fc
ready-whenever = No need to formalise everything, make the transfer whenever your accountant can, I trust you.
    .feedback = Without an amount or a date there is no commitment: you give up on closing at the very moment the customer was ready to commit.
# source: 1e45d6a6987f82cc
ready-add_disputed = Perfect. And while you’re at it, ask him to transfer the full €4,200, we’ll sort out the credit note afterwards, it’ll be simpler.
    .feedback = Slipping the disputed part into the transfer goes back on the agreement through the back door: the customer sees it as a ploy and her trust collapses.

# source: 046cc9af4b047ec8
payment_details = Yes, Tuesday, he’ll make the transfer. And what about you: the credit note and the technician, when will that be?
    .alt1 = Yes, Tuesday’s fine. But now it’s your turn: the credit note and the technician, can you give me dates?
# source: c73a2f71f74f8ab7
payment_details-commit_dates = I commit to it: today I’ll send the quote and the delivery note to the sales department; if the difference is confirmed, you’ll receive the €360 credit note by 30 September. And I’ll ask after-sales to call you tomorrow to book the visit. Does that suit you?
    .feedback = You make dated commitments in return for hers and confirm them with a closed question: the agreement becomes mutual and verifiable, which answers her fear of losing her leverage.
# source: 755d183faf050b8b
payment_details-vague_soon = I’ll try to be as quick as possible, but I can’t promise anything, it depends on the sales rep.
    .feedback = “I’ll try” and “I can’t promise anything” destroy trust just when she expects commitments in return for hers: she has every reason to put off her transfer.
# source: a99cc7c167ad0394
payment_details-pay_first = One thing at a time: you pay first, and we’ll see about the credit note afterwards.
    .feedback = You confirm her fear: once she has paid, nothing moves. This aggressive tone calls into question an agreement already reached.

# source: affa3584370b7ad0
suspicious = There, you see! That’s exactly why I wanted to hold on to everything: once you’ve been paid, nobody lifts a finger. I’m not sure I’ll make that transfer after all.
    .alt1 = There you go, just what I thought. You want the money first, and we’ll see about the rest. No, actually, I don’t know if I’ll make that transfer.
# source: 03f9aabaa8ac954d
suspicious-back_to_deal = You’re right, I put that badly. Let’s stick to what we said: €3,840 on Tuesday for the undisputed part; on my side, the €360 credit note if the difference is confirmed, and the after-sales visit, with dates confirmed in writing. Can we go forward on that basis?
    .feedback = You acknowledge the mistake, restate the agreement as it stood and confirm it with a closed question: that is how you recover from a slip at the closing stage.
# source: a5b3dc14b0fae94b
suspicious-insist = Come now, Ms Royer, you know perfectly well you’ll have to pay anyway. The longer you wait, the more it will cost you.
    .feedback = Pressure and a condescending tone answer her mistrust with mistrust: the agreement falls apart.
# source: 794e965b54bddc0a
suspicious-drop_it = Well, as you wish… See when you feel reassured, I don’t want to force you.
    .feedback = You abandon the agreement at the first doubt: you needed to acknowledge the slip and return to the agreed terms.

# source: b16a2d55579807bb
final_check = Right. Well, let’s do it that way, then.
    .alt1 = All right. That seems fair.
    .alt2 = Very well, I’m noting it down on my side.
# source: 96da853634682d5d
final_check-recap_confirm = To recap: a transfer of €3,840 on Tuesday 22 September, reference EC-2026-0457; a €360 credit note by 30 September if the difference is confirmed; a call from after-sales tomorrow to book the visit. I’ll e-mail you this summary within the hour: could you confirm it in reply?
    .feedback = A precise recap of both sides’ commitments, and a written confirmation announced and requested with a closed question: the expected close, and the record that will count if there is any disagreement.
# source: fac690442c0b09f9
final_check-rush_off = Perfect, thank you, Ms Royer, have a good afternoon!
    .feedback = You hang up without a recap or any written confirmation: if something is forgotten or misunderstood, nothing shows what was agreed.
# source: 60d61a251d1550ac
final_check-last_warning = And I’m warning you: if the transfer isn’t there on Tuesday, it’s straight to a formal notice, no more calls.
    .feedback = Ending on a threat damages an agreement reached smoothly; the consequences have already been stated, you needed to recap and confirm in writing.

# source: 1a2e4c468973c7ea
split_confirm = Two transfers, Tuesday and 20 October… Yes, that I can manage. Will you send me the schedule?
    .alt1 = That’s doable: €1,920 on Tuesday, €1,920 on 20 October. Will you put that in writing?
# source: bf635f7298aa24a1
split_confirm-recap_plan = To recap: €1,920 on Tuesday 22 September and €1,920 on 20 October, by transfer with the reference EC-2026-0457; on my side, the €360 credit note if the difference is confirmed, and a call from after-sales tomorrow. I’ll e-mail you the schedule today: could you send it back signed by Monday?
    .feedback = The recap covers amounts, dates, payment method and both sides’ commitments, and the closed question secures the signed schedule: the agreement is on record.
# source: bda96977c6be2eb9
split_confirm-no_paperwork = No need for a schedule, I trust you, let’s do it that way.
    .feedback = Without a written schedule, the second payment is anything but certain: the counterpart you had obtained disappears.
# source: 56d1249417bdd1af
split_confirm-waive_claim = Of course. You’ll just need to waive your complaint about the dishwasher in writing, to close the file.
    .feedback = Slipping a waiver of the warranty into the schedule is a ploy: the customer spots it and refuses everything.

## endings

# source: 8182b93042fa7852
undisputed_paid = Yes, that’s fine, I’ll wait for your e-mail and confirm it. Thank you, and have a good afternoon.
    .alt1 = Agreed, I’ll reply as soon as I get it. Thanks for calling.
    .outcome = Ms Royer commits to paying the undisputed €3,840 by transfer on Tuesday 22 September. The €360 in dispute will be settled by a credit note once the quote and delivery note are checked, after-sales will call her tomorrow, and the written recap goes out within the hour. The business relationship is preserved.
# source: d8bc1f92057a54d0
split_plan = Perfect, I’ll send it back signed. Have a good afternoon.
    .alt1 = Very well, I’ll sign it and return it to you. Thank you.
    .outcome = A short, realistic schedule: €1,920 on 22 September and €1,920 on 20 October, by transfer, set out in a signed schedule. The €360 in dispute will be settled by a credit note, and after-sales will see to the dishwasher.
# source: 8d0414ab1bf3e66c
loose_agreement = Goodbye.
    .alt1 = Yes, goodbye.
    .outcome = Ms Royer announced a €3,840 transfer for Tuesday, but with no recap and no written confirmation: nothing records either side’s commitments, and the slightest misunderstanding about the credit note could block the payment.
# source: 07dc6d4e368fa84a
loose_split = Very well, thank you. Goodbye.
    .alt1 = Perfect, let’s do that. Goodbye.
    .outcome = Two transfers announced, €1,920 on Tuesday and €1,920 on 20 October, but with no signed schedule and no recap: the second payment rests on a word alone, and nothing records either side’s commitments.
# source: e4ae2b5a34f8aeb2
loose_plan = Oh, very good. Then I’ll send you transfers when I can, by the end of the year.
    .alt1 = Perfect. I’ll pay it bit by bit over the coming months.
    .outcome = A vague promise to pay in instalments, with no dates and no written schedule, for an amount the customer could have paid in two close instalments.
# source: cd8ebf21071bee5e
half_now = Perfect. I’ll transfer €1,920 next week, and for the rest, we’ll see when everything is sorted.
    .alt1 = Very well. Half next week, then, and the rest when I have my credit note and my technician.
    .outcome = €1,920 promised for next week; the remaining €1,920, although undisputed, depends on the dispute being settled, with no date. Half of what is due remains in limbo.
# source: cd57d1371353bd79
vague_promise = Very well, let’s leave it like that: I’ll see with my accountant once everything is sorted on your side. Goodbye.
    .alt1 = Well, there we are. When your people have done what’s needed, I’ll pay. Goodbye.
    .outcome = No commitment: no amount, no date. The undisputed €3,840 remains blocked behind a €360 dispute and a warranty visit; the delaying dispute has achieved its aim.
# source: 85bb68fd6a9645d3
formal_notice_end = Well, do what you have to do, send your registered letters. I’m not paying on these terms. Goodbye.
    .alt1 = Do what you like, I won’t pay like this. Goodbye.
    .outcome = No agreement: the file moves to a formal notice, then an order for payment on the undisputed €3,840, backed by the signed quote, the delivery note and the invoice. It takes longer and costs everyone more, and the business relationship is damaged.
# source: 5b9ddb32e5b1eafd
refusal_end = No. I won’t pay anything, and I’ll go elsewhere for my equipment. Goodbye.
    .alt1 = The answer is no. I don’t see why I should carry on with this conversation. Goodbye.
    .outcome = A flat refusal: the customer will not pay the undisputed part and threatens to change supplier. The file will have to go to a formal notice, and the business relationship is probably lost.
# source: 8b94e8202be4e875
hangs_up = Right, that’s enough. I’m hanging up.
    .alt1 = I don’t have to listen to this. Goodbye!
    .outcome = The customer hung up. No information obtained, no commitment, and the next call will be even harder.
