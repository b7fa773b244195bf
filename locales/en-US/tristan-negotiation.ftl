## The Tristan case: negotiating an agreement (6-day "Debt collection officer" course)

# source: 8c2d501bd9ada15b
title = The Tristan case: negotiating an agreement
# source: f702839e444e5dbe
summary = Tristan Morel, a self-employed joiner, owes his timber supplier €4,800; he can pay part of it and haggles over everything: the delay, the penalties, a discount.
# source: b6c0e6ac8b4792c5
briefing-debtor = Tristan Morel, 44, fitted-furniture joiner in Rezé, sole trader (Menuiserie Morel), with two employed journeymen. A customer for six years, a good payer until this year. He is currently working on a large kitchen contract for a property developer.
# source: ba1d16e339289f0b
briefing-creditor = You are Camille Durand, collection officer at Bois & Panneaux de l'Ouest, a timber and panel merchant in Carquefou. Invoice FA-2026-1187 for €4,800 including VAT covers oak panels, worktops and hardware delivered on 2 May 2026, payable at 45 days end of month, that is on 30 June 2026. The purchase order and the delivery note, signed without reservation, are on file.
# source: 09e6ee2c709d39c2
briefing-history = Email reminder on 3 July. Call on 16 July: Mr Morel promised to pay before 31 July; nothing came. Reminder letter on 6 August, another email on 1 September, no answer. No complaint about the delivery has ever been recorded, and no formal notice has been sent yet. Between businesses, late-payment penalties (about €120 to date) and the fixed €40 indemnity for collection costs are due by law (French commercial code, article L441-10).
# source: 3e445797d76c5382
briefing-objective = Full payment of the €4,800 today, by bank transfer. Failing that, the largest possible payment right away and a short instalment plan, secured by direct debit and confirmed in writing.
# source: c0c6099c6a8c3e90
briefing-margins = Never less than €1,500 paid today, never more than four monthly instalments for the balance, no discount on the principal. You may waive the penalties and the €40 indemnity, but only in exchange for a firm commitment (immediate payment, direct debit, instalments kept). Without an agreement: a formal notice by registered letter, then an application for an order for payment.

## Contact

# source: b7263dc7d2af9924
opening = Menuiserie Morel, hello… Hang on, let me switch the saw off. Right. Yes, I'm listening?
    .alt1 = Hello, Morel here! Make it quick, I've got a client waiting on site.
    .alt2 = Yes, hello? Menuiserie Morel, Tristan speaking.
# source: d0623d20c7bf1a9e
opening-identify = Good morning Mr Morel, this is Camille Durand from the collections department of Bois & Panneaux de l'Ouest. I'm calling about invoice FA-2026-1187 for €4,800, to find a solution with you. Do you have a few minutes?
    .feedback = You introduce yourself, name the company, the invoice and its amount, and open on a solution to build together: contact is made without aggression.
# source: 1e94b6542c432c65
opening-amount_first = Mr Morel? You've owed us €4,800 since 30 June. This has to stop: I want a transfer today.
    .feedback = You attack without introducing yourself and jump straight to the demand: "you owe", "this has to stop" put the customer on the defensive before he even knows who is calling.
# source: b936ef9f8a3431f6
opening-apologise = Hello… sorry to bother you while you're working, I'm really sorry. It's just about a small invoice, nothing serious, really.
    .feedback = You apologise for calling, play down a €4,800 debt and don't introduce yourself: you hand the customer control from the very first sentence.

# source: adc242c35c3ac8a0
defensive = Whoa! Who are you, anyway? Nobody talks to me like that. If you're calling to tell me off, I'm hanging up.
    .alt1 = Hey, easy! I don't even know who I'm talking to. Are you going to introduce yourself, or do I hang up?
# source: 418e875b9ba261f2
defensive-identify_calmly = You're right, I didn't introduce myself: Camille Durand, collections department of Bois & Panneaux de l'Ouest. I'm calling about invoice FA-2026-1187. I suggest we talk it over calmly for a few minutes.
    .feedback = You acknowledge the slip without grovelling, identify yourself with the reference and bring the call back to its purpose: it is assertive, and it defuses the tension.
# source: 9e7d35998a284298
defensive-escalate = I'm talking to you the way one talks to someone who doesn't pay their invoices. I'm not the one with a problem, Mr Morel.
    .feedback = You answer irritation with a personal attack: tension rises further, and the customer no longer has any reason to stay on the line.
# source: f01a0801bdafabb6
defensive-grovel = Oh sorry, sorry, I didn't mean to be abrupt… Forget what I said, we'll do it however you like.
    .feedback = After the attack, you swing to the opposite extreme: you apologise and give up every demand in advance. The customer takes control.

# source: cddb21eeb1ecd1b0
takes_control = Ah, it's about the timber invoice… Right, I'll keep it simple: I'll send you €300 this week, and the rest when my client has paid me. Does that work for you?
    .alt1 = The invoice, I know. Look, it's simple: €300 this week, and the rest when my client pays me. Shall we do that?
# source: cf1ca2411e9e5cfb
takes_control-recentre = Let me introduce myself: Camille Durand, collections department of Bois & Panneaux de l'Ouest, about invoice FA-2026-1187 for €4,800. "The rest whenever you can" is something I can't accept as it stands. Before we talk figures, tell me what's going on with this client.
    .feedback = You make up for the missing identification, clearly refuse an offer with no date, and go back to understanding with an open question: you take back control without being harsh.
# source: 61173fe0619f9a58
takes_control-accept_300 = All right, €300 this week, that's already good. For the rest, we'll see once your client has paid.
    .feedback = You accept €300 out of €4,800, with no date for the balance, far below the minimum margin of €1,500: it is a promise without commitment, not an agreement.
# source: 4b273d8063df69c9
takes_control-pressure = €300? I'll pretend I didn't hear that. If I pass that on, my manager starts proceedings this evening.
    .feedback = You invent an emergency ("this evening") to frighten him: it is a bluff, the customer knows it, and you lose credibility for the rest of the call.

## Understand

# source: 55913237256c34ee
first_reaction = Yes, yes, the May invoice, I know. I'll be straight with you: things are tight right now, a big client hasn't paid me. What I can do is send you a little something now, and the rest over the year.
    .alt1 = I know, I know, I'm late. But right now a big client is leaving me without a penny. I can make a small payment, and we spread the rest over a year.
    .alt2 = Ah, the invoice… Look, it's not bad faith: a big client hasn't paid me. I'll send you a little something, and we spread the rest over twelve months, OK?
# source: ca7741d967f133c2
first_reaction-explore = I understand: a major client who doesn't pay puts your whole cash flow under strain. If I follow you, you're waiting for a payment yourself. Before we talk about instalments, tell me where you stand: who is this client, how much does he owe you, and when is he due to pay?
    .feedback = You acknowledge the difficulty, rephrase it, and ask open questions about his cash position before any negotiation: you understand before you convince, without endorsing a one-year plan.
# source: bdf8aca7797d94ee
first_reaction-accept_year = No problem, we can spread it over the year, I'll put down twelve months.
    .feedback = You grant twelve months at the first request, knowing nothing of his situation and with nothing in return, while your margin is four months: the customer will ask for more.
# source: 8c4da2fddf79d128
first_reaction-seizure_threat = Over the year? Out of the question. If there's no transfer this week, we send the bailiff to seize your van.
    .feedback = A false and unlawful threat: no seizure is possible without an enforceable title, and no proceedings have even started. It is a serious breach, and it puts the customer's back up.

# source: 8991a4f25a46fb4a
cash_situation = The trouble is Habitat Loire, a property developer: he owes me €11,000 on a kitchen job. He pays at sixty days, so normally at the end of October. In the business account right now I've got around €2,500, but I have my two journeymen to pay at the end of the month, and social security contributions.
    .alt1 = It's Habitat Loire, the developer: €11,000 he owes me for kitchens, payable at the end of October if he keeps to his terms. I've got about €2,500 in the account, but at the end of September there's my two lads' wages and the social security contributions.
# source: 4319cbbc3bc73d88
cash_situation-summarise = In other words, you have about €2,500 today, €11,000 expected at the end of October, and wages and social contributions to cover at the end of September. In practice, how much can you transfer today without putting your journeymen's pay at risk?
    .feedback = You sum up the key figures (cash, expected income, fixed charges) and ask about his real capacity: your negotiation will start from facts, not impressions.
# source: d1cb726ce8dbf612
cash_situation-grab_it_all = You've got €2,500? Then transfer it today. Your journeymen can wait a little: you have to pay your suppliers first.
    .feedback = You demand all his cash with no regard for wages: it is aggressive and unrealistic (a plan that drains the business will not be kept), and the customer shuts down.
# source: 781e4aa01ac3f855
cash_situation-wait_october = Oh, if you're paid at the end of October, the simplest thing is to wait: you'll pay us everything once Habitat Loire has paid you.
    .feedback = You give up the immediate payment although he has €2,500, and you make everything depend on a third party's goodwill: nothing is secured.

## Convince

# source: 5f13757fa8b608e5
lowball_offer = Right. What I'm offering you is €500 now, and €360 a month over twelve months. It's that or nothing. I can't do better.
    .alt1 = Look, here's my offer: €500 right away, then €360 a month for a year. Take it or leave it.
    .alt2 = Here's what I can do: €500 today, and €360 a month over twelve months. Honestly, that's already an effort.
# source: b44e69477a884598
lowball_offer-hold_objective = Thank you for making an offer, I've noted it. Twelve months is something I can't accept for a supplies invoice overdue since 30 June. On the other hand, here is what I suggest: if you transfer €2,000 today, I'll give you until the end of October, after Habitat Loire has paid, for the balance.
    .feedback = You say no to the offer without closing the door, you keep your objective and make your concession (time) conditional on a counterpart (€2,000 today), without revealing your margins.
# source: 7fc62bfb7dfd843f
lowball_offer-accept_offer = Well… all right for €500 and twelve months. I'll try to get it approved.
    .feedback = You accept €500 instead of the €1,500 minimum, and twelve months instead of four, getting nothing in return: you leave your margins at the very first offer.
# source: 83a4a98d13eae68b
lowball_offer-bluff_deadline = I'm not allowed to accept anything, Mr Morel. If I don't have the full amount tonight, the file goes to litigation tomorrow morning, it's automatic.
    .feedback = False urgency and a bluff: nothing is "automatic" tomorrow morning, and you did have room to negotiate. The customer, who knows the procedures, will no longer believe you.

# source: e138ffd7e27e7018
accepts_upfront = The whole balance at the end of October in one go? I can't guarantee that, Habitat Loire always pays late. Right, €2,000 today, I can do that if I tighten my belt. But the rest, you'll have to spread it for me.
    .alt1 = €2,000 today… all right, let's say so, I'll manage. But all the rest at the end of October, no: if Habitat Loire drags its feet, I'm stuck. I need it spread out.
# source: 0bd5e72cdb80a677
accepts_upfront-spread_with_condition = If I understand correctly, you can pay €2,000 today, and you're worried that Habitat Loire's delay will leave you stuck at the end of October. I'm willing to look at spreading the balance, on condition that the €2,000 goes out today and that we set precise dates.
    .feedback = You restate his commitment and his worry, and agree to consider spreading the balance only in exchange for the immediate payment and a firm schedule: a concession for a counterpart.
# source: 792ff14dc8f2510d
accepts_upfront-any_spread = No problem, spread it however you like, a month here or there doesn't matter.
    .feedback = You let go of the duration, with no limit and nothing in return: you have just given up your four-month margin, and he knows it.
# source: 147637ec6dbb2c76
accepts_upfront-rush = Then make the transfer right now, while we're on the phone. Otherwise I can't guarantee anything for what comes next.
    .feedback = You apply artificial pressure ("right now, otherwise…") instead of building the agreement: it is manipulative, and the customer digs his heels in.

# source: 399579db7d7050ac
tests_limits = Today I can do €1,000, not a cent more, and the balance over ten months. And anyway, your colleague told me in July that we could always work something out.
    .alt1 = Right, €1,000 today is my maximum. The rest over ten months. Your colleague in July was more understanding: she told me we'd always work something out.
    .alt2 = I'll do €1,000 now, and ten months for the rest. Anyway, in July I was told on the phone there'd always be a way to work something out.
# source: 810ca4edd9f5f030
tests_limits-firm_flexible = If I hear you correctly, you want to keep enough to pay your journeymen, and you were told about an arrangement. In July, the arrangement was a payment before 31 July, and it never came: ten months is something I can't do. On the other hand, if the €2,000 goes out today, I suggest spreading the balance instead of asking for all of it at the end of October.
    .feedback = You rephrase, answer the "colleague" argument with facts (the July promise not kept), refuse the ten months and offer flexibility for a counterpart: flexibility and firmness.
# source: 2b806e2acc55d8ac
tests_limits-split_difference = All right, let's say €1,000 and ten months, I'll see what I can do.
    .feedback = You split the difference beyond your margins (€1,000 instead of the €1,500 minimum, ten months instead of four), with nothing in return, and with an "I'll see" that announces further retreats.
# source: 31903a1cac1e559f
tests_limits-colleague_blame = My colleague promised you nothing at all. You're the one who didn't keep your word in July, so you're in no position to negotiate.
    .feedback = The facts are right, but the tone accuses and humiliates: you turn a negotiation into a settling of scores, and the customer hits back.

# source: ba375c66a5284285
calls_bluff = Oh yeah? I know the drill, you know. You can't do anything tonight, or tomorrow: you need a formal notice first, then to go before a judge. So stop putting pressure on me.
    .alt1 = Come off it, I wasn't born yesterday. Without a court decision, you can't do a thing. Keep your threats to yourself.
# source: af561b5c510a730e
calls_bluff-correct_truthfully = You're right, I put that badly: nothing will go out tonight, and there will be no seizure without a court decision. What is true is that, without an agreement, the next step will be a formal notice by registered letter, then an application for an order for payment, with penalties and costs on top. I'd much rather we find a solution together: what can you really do?
    .feedback = You admit the mistake, restore the real consequences of a disagreement, calmly and without exaggeration, and reopen the negotiation: you win back credibility.
# source: 53b1a3f37244c3f5
calls_bluff-double_down = Oh yes: the bailiff can come as early as next week to seize your van and your machines, I guarantee it.
    .feedback = You persist with a false threat: no seizure without an enforceable title. It is a serious breach, and the customer now has every reason to cut the call short.
# source: a7f3301c608be0b7
calls_bluff-back_off = Well… forget what I said. Pay however you can, we'll see.
    .feedback = Caught bluffing, you switch to giving up: you no longer have an objective or a margin, and the customer will take advantage of it.

# source: 6edded50fae9bb65
takes_advantage = Ah, now we're getting somewhere! So, since you're being reasonable, let's wrap it up: €600 now, €350 a month over a year, and you drop the penalties and the €40 fee. Deal?
    .alt1 = Right, we understand each other! So we do €600 straight away, €350 a month for a year, and you cancel the penalties and the €40. All right?
# source: 8e4e6e290542df25
takes_advantage-reframe = I went too fast, I admit it. A year is something I can't hold to. For me to accept a payment plan, I need a first payment of €2,000 today; if you make it, we can discuss the balance and the penalties.
    .feedback = Going back on a concession costs some trust, but you do it openly: you say no and restate the rule, no concession without a counterpart.
# source: 79dc34860091a6ce
takes_advantage-deal = All right, it's a deal: €600 now, €350 a month over a year, and I drop the penalties.
    .feedback = You give way on everything: the immediate payment (€600 instead of €1,500), the length (twelve months instead of four) and the penalties, getting nothing in return.
# source: da02207441162335
takes_advantage-guilt = You know, if I approve that, I'm the one who'll get told off by my manager… You wouldn't want to put me in an awkward spot, would you?
    .feedback = You play on guilt instead of arguing your case: it is manipulative, it settles nothing of substance, and you stay outside your margins.

# source: 4bdedd0975eec0ba
penalties_demand = And the penalties on your letter? €120 in penalties and €40 in "collection costs"! Six years I've been a customer of yours, and you treat me like a crook. You're taking that off.
    .alt1 = The penalties, though, that's a no. Six years I've been buying from you, and you charge me €120 in penalties plus €40 in fees? It's daylight robbery. You're taking them off.
    .alt2 = And your €120 in penalties, with the €40 fee thrown in… Six years of loyalty, and that's how you thank me. That, I won't pay.
# source: 22c2912b69c49a5b
penalties_demand-penalties_counterpart = I understand it's galling after six years, and I value this relationship. The penalties and the €40 indemnity are set by law between businesses and by our terms of sale. I suggest we waive them, on one condition: that the €2,000 arrives today and that every instalment is paid on its due date.
    .feedback = You acknowledge the emotion, calmly state the legal basis (article L441-10 of the commercial code) and turn his demand into a conditional concession: the penalties waived in exchange for a firm commitment.
# source: bbc558122211b40e
penalties_demand-waive_all = You're right, six years of loyalty count: I'll take off the penalties and the €40, on the house.
    .feedback = You give away the penalties with nothing in return, although they were your best bargaining chip: the customer has learnt that insisting is enough.
# source: 8e365e1edba3b371
penalties_demand-law_lecture = It's the law, Mr Morel. If you'd paid on time, you wouldn't have any penalties: you should have thought of that before.
    .feedback = Pointing to the law is accurate, but the moralising tone ("you should have thought of that before") humiliates the customer and raises the tension without gaining anything.

# source: 80a19240e13f2054
damaged_panels = And while we're at it: in the May delivery there were two damaged oak panels. Strictly speaking, I shouldn't even pay the full amount. Give me 10% off and we'll say no more about it.
    .alt1 = Actually, let me tell you: there were two oak panels in that delivery that were knocked about. I'm happy to pay, but with a 10% discount.
# source: 93493348fa997d4b
damaged_panels-separate_dispute = You're telling me two panels were damaged. The delivery note of 2 May was signed without reservation, and no complaint has been made since. A 10% discount is something I can't grant. I suggest you send your photos to the sales department, who will look at them separately: two panels come to about €180, which doesn't hold up payment of the rest.
    .feedback = You rephrase, answer the objection with facts (delivery note signed, no complaint), refuse the discount and deal with the dispute separately: the pretext no longer blocks the negotiation.
# source: a607a60a0b590b1c
damaged_panels-grant_discount = Oh, if some panels were damaged, I can make a gesture: 10% off, how does that sound?
    .feedback = You grant a €480 discount over a dispute never reported, without checking anything: no discount on the principal was within your margins.
# source: 32030526a18c6cbc
damaged_panels-accuse_lying = You're making that up now to buy time. Nobody ever told us about damaged panels.
    .feedback = Even if the objection smells like a pretext, accusing the customer of lying puts his back up; state the facts instead (delivery note signed without reservation) and offer to deal with it separately.

# source: ff1ce36ecda08061
competitor_threat = You know what? There are other timber merchants. If you keep putting the screws on me like this, I'll go to Atlantique Bois, and you lose a customer.
    .alt1 = Listen, if that's how it is, I'm switching to Atlantique Bois. At least they know how to keep their customers.
    .alt2 = You're pushing me too far here. I can perfectly well buy elsewhere, you know: Atlantique Bois has been courting me for a year.
# source: 14a7287148a63c0a
competitor_threat-desc_consequences = Mr Morel, the €4,800 invoice has been overdue since 30 June, and the payment promised for the end of July never came. I want to keep you as a customer, and this situation worries me for the future of our relationship. I suggest €2,000 today and the balance in four monthly instalments of €700. That way your account is back in order and your deliveries carry on as normal. Without an agreement, however, I will have to send you a formal notice, then file an application for an order for payment, with penalties and costs on top.
    .feedback = A full DESC: the facts, your concern, a precise proposal, then the consequences, positive ones first, those of a disagreement next, stated calmly and without exaggeration. You do not give in to the threat.
# source: 84a7d325efef6115
competitor_threat-good_riddance = Go ahead, change suppliers! You'll see whether they give you credit, the way you pay.
    .feedback = You rise to the challenge with contempt: you lose the customer and the agreement, and the debt stays unpaid.
# source: 0766c0d3f3c8f693
competitor_threat-seize_machines = If you leave without paying, I'll have your machines and your van seized next week.
    .feedback = An unlawful threat: a seizure requires an enforceable title, which you don't have. It is a serious breach, and it blows up the conversation.
# source: 31bc44c7387ce1e1
competitor_threat-please_stay = No, no, don't go! We'll work something out: take all the time you need, I'll give you the twelve months.
    .feedback = You give in to the threat for fear of losing the customer: twelve months, with nothing in return, three times your margin. He gets through pressure what the negotiation refused him.

# source: 84becad712f2ea67
months_haggle = Right… €2,000 today, OK, I'll manage for the lads. But the rest in four months is too tight. Give me eight months, at €350.
    .alt1 = Go on then, €2,000 today. But €700 a month is steep. Eight instalments of €350, and we sign.
# source: a40831e0cf8e9da6
months_haggle-hold_four = Eight months is something I can't do. Here's what I suggest instead: if you sign a direct debit mandate today, I'll set the first instalment on 10 November, after Habitat Loire has paid. Four times €700, November to February: October gives you breathing room.
    .feedback = You say no to the length, but concede the start date (November) in exchange for a counterpart (the direct debit): the concession genuinely helps the customer without leaving your margins.
# source: e98a555eac9b4266
months_haggle-eight_ok = All right, eight months at €350 it is, that should go through.
    .feedback = You grant twice your four-month margin without asking for anything, although €700 a month was within his means.
# source: d6842e7e75966f16
months_haggle-ultimatum = It's four months, and I'm warning you: this is the last time I can offer it. After tonight, the offer no longer exists.
    .feedback = An artificial ultimatum: the offer doesn't expire tonight, and the customer senses it. You may get a yes, but a forced and fragile one.

# source: 1530adb70e9e6fc2
last_push = Come on, let's split the difference: six months, and we'll say no more. You're not going to make me waste the morning over two months?
    .alt1 = Six months. Come on, six months is reasonable, isn't it? We're all people of goodwill here.
# source: bac2773de70913ab
last_push-hold_again = I understand you want some breathing room, and that's exactly why the first instalment is on 10 November. Four months is my limit. If we leave it there today, the file will take its course, with a formal notice; I suggest we settle it together instead, right now.
    .feedback = You show that you hear his request, hold your limit without getting annoyed and soberly recall the consequence of a disagreement: firm and respectful.
# source: fbeaa31b80890fb9
last_push-six_ok = Oh, go on then, six months, let's not fall out over two months.
    .feedback = You give in at the last push, beyond your margin and with nothing in return: the customer has learnt that insisting one more time is enough.
# source: 6005c02619b6ca8b
last_push-threaten = That's enough, Mr Morel, you're wasting my time. It's four months, or the order for payment.
    .feedback = You lose patience and turn the consequence into an aggressive threat: the customer digs in just as the agreement was within reach.

## Conclude

# source: 8fff142c5dd73348
ready_to_commit = Right… OK. €2,000 today, and €700 a month for four months. How do we do it, in practice?
    .alt1 = Fine, you win: €2,000 now, and four times €700. What do I do?
    .alt2 = Right, OK, let's go with that. What do I need to do, in practice?
# source: 02bea0e6f702a66b
ready_to_commit-precise_terms = I suggest you make the €2,000 transfer today to our usual account, with reference FA-2026-1187 in the payment details. Can you do it before 5 pm?
    .feedback = You set the amount, the payment method, the reference and the time, and ask for a precise yes with a closed question: the commitment becomes verifiable.
# source: ad133302f4af7285
ready_to_commit-whenever = Make the transfer whenever you can this week, there's no rush.
    .feedback = You leave the date open at the very moment of concluding: "whenever you can" turns the agreement into a mere promise.
# source: 3eab76e3f8deed28
ready_to_commit-pressure_now = Do it now, while we're on the phone, otherwise I can't guarantee the agreement will stand.
    .feedback = You threaten to withdraw an agreement that has just been reached: this needless pressure erodes trust at the moment of concluding.

# source: bab127f36b1130f1
payment_method = I'll do the transfer later today. For the instalments, though, I'd rather send you cheques, as I go along. It's more flexible for me.
    .alt1 = I'll do the transfer at lunchtime. And for the €700, I'll send you a cheque every month, I prefer to stay in control.
# source: d28c001e49f45343
payment_method-direct_debit = I understand you want to keep control of your cash flow. For the plan to hold, I suggest a direct debit on the 10th of each month: that's the condition for me to approve the four months and the waiver of the penalties. I'll send you the mandate today, is that agreed?
    .feedback = You hear his request, but keep the payment secure by linking it to the concessions granted, and close with a closed question.
# source: 9af8e812e20547e4
payment_method-cheques_fine = Cheques, that's fine, send them whenever you can.
    .feedback = You give up the date and the payment method: cheques "as you go along" make the plan impossible to check.
# source: d13b3bd73900f1f2
payment_method-distrust = Cheques? With you, they're likely to arrive late, or not at all. It'll be a direct debit, full stop.
    .feedback = Direct debit is the right choice, but the open suspicion humiliates the customer at the moment of concluding and weakens the agreement.

# source: eb6bf6f5a30e3224
final_check = Yeah, send me your form, I'll sign it. Right, are we done? I've got a job waiting for me.
    .alt1 = OK for the mandate. Are we finished? My lads are waiting for me on site.
# source: 982bb24300218f32
final_check-recap = Almost: let me sum up. A transfer of €2,000 today before 5 pm, reference FA-2026-1187; then four direct debits of €700, on 10 November, 10 December, 10 January and 10 February. The penalties and the €40 are waived as long as the instalments are paid. I undertake to email you the written confirmation and the mandate today. Is that what we agreed?
    .feedback = A complete recap: amounts, dates, payment method, the condition for waiving the penalties and a written confirmation, validated with a closed question. Nothing is left ambiguous.
# source: f641b370fa68e9e5
final_check-rush_off = Yes, yes, I won't keep you any longer, sorry for taking up so much of your time. Have a nice day!
    .feedback = You end the call apologising, with no recap and no written confirmation announced: the agreement is neither checked nor traceable.
# source: 264baa5b78c05f7e
final_check-warning = We're done. But I'm warning you: the first time you're late, I won't call you, I'll start proceedings.
    .feedback = Threatening at the moment of concluding spoils the agreement you obtained, and you recap nothing: end instead with the precise terms and the written confirmation.

## Endings

# source: 2592362de8c16c9c
plan_agreed = That's right. The transfer goes out before noon, and I'll send back the signed mandate. Thanks, that was straight dealing.
    .alt1 = Yes, that's it. I'll make the transfer straight away and send the mandate back today. Have a good day.
    .outcome = An agreement within the margins: €2,000 today by transfer (minimum €1,500), then four direct debits of €700 from November to February (four months at most). The direct debit secures the plan, which stays within the customer's means.
# source: 1a8b124044dd7e06
loose_agreement = Yeah, yeah, got it. Right, I'm off, I've got work to do.
    .alt1 = Sure, sure. Right, I'll leave you to it, people are waiting for me.
    .outcome = An agreement in principle on €2,000 and four times €700, but with no firm date, no secured payment method, or no recap and written confirmation: it is a promise, and the first instalment is likely to slip.
# source: f2cce404d12e5e8b
discount_deal = Now that's fair! So €4,320: €2,000 today, and €580 a month for four months. Shake on it.
    .alt1 = Now that's good business! So €4,320: I'll transfer €2,000 today, and €580 a month over four months.
    .outcome = A plan for €4,320 instead of €4,800: a €480 discount granted over a dispute never reported, although no discount on the principal was within your margins.
# source: dab5c0642158acf6
plan_six_months = Right, six months, we agree then. I'll make the €2,000 transfer today.
    .alt1 = Six months, perfect. You see, we always end up agreeing. The €2,000 transfer goes out today.
    .outcome = A six-month plan, beyond the four-month margin, conceded with nothing in return; the customer could afford €700 a month.
# source: 6f7f34ebdcbcad7b
plan_eight_months = Ah, now you're talking! Eight times €350, that I can do. I'll make the transfer sometime this week.
    .alt1 = Eight months at €350, now we're talking! I'll transfer the €2,000 as soon as I can this week.
    .outcome = €2,000 promised "sometime this week" and the balance over eight months, twice your margin, although €700 a month was within his means.
# source: efadc8e5a435988a
plan_beyond_margins = Perfect, we agree! I'll send you the €600 at the end of the week. You see, where there's a will, there's a way.
    .alt1 = It's a deal! €600 by Friday, and €350 a month. You're a good sort, you are.
    .outcome = An agreement far beyond the margins: €600 instead of the €1,500 minimum, twelve months instead of four, and concessions with nothing in return, although the customer could pay €2,000 today.
# source: 8010dbd7332e8c14
vague_promise = Perfect, I'll do that this week. Right, have a good day.
    .alt1 = Great, I'll send that this week, promise. Right, back to work.
    .outcome = €300 promised "this week" and the rest "when the client pays": no date, no payment method, no plan. It is a promise, far from the €1,500 margin.
# source: 91093c60c3285f1b
october_promise = There you go, that's reasonable. End of October, as soon as Habitat Loire has paid, I'll settle everything. Promise.
    .alt1 = Now that's a smart solution! End of October, as soon as the developer has paid, you'll have everything. Cross my heart.
    .outcome = Nothing today although the customer had €2,000 available, and the whole balance hanging on a third party's payment at the end of October: a fragile promise, with no guarantee.
# source: 65912829d0a9ff84
escalation_end = Well, send it then, your formal notice. I'll see with my accountant. Goodbye.
    .alt1 = Do what you like, send your letters. I've got nothing more to say to you.
    .outcome = No agreement: what remains is to send the formal notice by registered letter, then to file an application for an order for payment. Weeks of delay and costs, although the customer could have paid €2,000 today.
# source: 31abd9c321959eb4
refusal_end = No, we're getting nowhere here. I'll pay when I can, full stop. Goodbye.
    .alt1 = Look, we're going round in circles. I'll pay you when I can, and that's that.
    .outcome = Refusal: no payment, no plan, and a damaged business relationship. The next step is the formal notice.
# source: 01ba131255434954
hangs_up = Right, that's enough. Goodbye.
    .alt1 = I haven't got time to waste on this. Bye.
    .outcome = The customer hung up. No agreement, and the next call will start from an even tenser relationship.
