## The over-indebted household (course "Managing amicable collection while preserving the relationship")

# source: 1a5bc7a32340349d
title = The over-indebted household
# source: 7ac2942164488a65
summary = Nadia Ferreira, a single mother of two, unemployed since March, owes €1,087.20 on her car loan; she no longer opens her mail, she is ashamed, and other debts are piling up.
# source: 7e7700f76d43c90b
briefing-debtor = Nadia Ferreira, 37, Saint-Étienne. A Moneval Crédit customer since October 2022, she paid without a hitch for forty-five months. The file mentions a change of address in 2025 and a change of bank account in spring 2026. No contact since the arrears: she answers neither letters nor messages.
# source: 64e641061ea777b6
briefing-creditor = You are Karim Benali, a collection officer at the agency Recouvra, acting for Moneval Crédit. In October 2022 Ms Ferreira took out a personal loan to buy a used car, repayable in 48 monthly instalments of €362.40. The last three instalments (5 July, 5 August and 5 September 2026) are unpaid: €1,087.20, reference MVC-2022-30471. The loan is otherwise over. Amicable phase, consumer debtor: no collection fees may be charged to her, no seizure is possible without an enforceable title, and the debt is discussed with her alone. You may accept a payment plan fitted to her real capacity, or suspend reminders for thirty days while she is referred to support.
# source: 8ccf68891b26c9e9
briefing-history = Moneval Crédit wrote on 15 July, sent a text message on 29 July, then a second letter on 12 August, with no answer. The file was passed to Recouvra on 18 September: a letter on 22 September, a voicemail on 1 October, never returned. It is Thursday 8 October 2026, late afternoon: this is the first call she picks up.

## Contact

# source: 42c40f80febc9695
opening = Hello?… Yes, speaking. Is it… is it about the loan? I know, I know.
    .alt1 = Yes, hello? … Yes, Nadia Ferreira, that's me. You're calling about the car, right? I saw the number.
    .alt2 = Hello… Yes? It's about the money again, isn't it? I got your message.
# source: b429a69a5d9cad0e
opening-identify = Good afternoon Ms Ferreira, my name is Karim Benali, from the Recouvra agency. I'm calling on behalf of Moneval Crédit about your car loan, reference MVC-2022-30471. Thank you for picking up, I can tell this isn't an easy call for you. Do you have a few minutes so we can talk it over calmly?
    .feedback = You introduce yourself, name the creditor and the reference, and welcome her apprehension right away without judging it: contact is made, and she can breathe.
# source: 0b17f806e10a7439
opening-demand = Ms Ferreira, you have €1,087.20 in arrears on your loan and you don't answer a single letter. You must settle it today.
    .feedback = You don't introduce yourself and you open with a reproach: "you must", said to someone already ashamed, only deepens her distress and may make her hang up.
# source: ed089b2e9590733e
opening-apologise = Oh, sorry to bother you… It's nothing urgent, really, I can call back another day if you'd rather.
    .feedback = You apologise for calling and offer her a way out yourself, without introducing yourself: she is likely to take it, and the file will keep getting heavier.

# source: 96453d6de306560d
brush_off = Yes… call back later, please. I can't right now, the kids are about to get home from school.
    .alt1 = Ah… yes, that's better, call me another time. It's really not a good moment.
# source: bea648a3779ad2cb
brush_off-agree_later = Of course, no problem at all, I'll call back… one of these days. Have a good evening, Ms Ferreira!
    .feedback = You accept an escape with no date and no introduction: nothing is settled, and the next call will be even harder for her.
# source: 696c2735cb51fae7
brush_off-identify_now = I understand, and I won't keep you long. Let me introduce myself first: Karim Benali, from the Recouvra agency, for Moneval Crédit, about car loan MVC-2022-30471. Rather than letting this file weigh on you for more weeks, I suggest five minutes now: people often feel lighter afterwards.
    .feedback = You make up for the missing introduction, respect her constraint and set a kind limit: five minutes now rather than an escape that will make her more anxious.
# source: f42f78f38809c33b
brush_off-you_owe = Ma'am, you've been putting this off for three months. You owe €1,087.20, it can't wait any longer.
    .feedback = You answer her unease with pressure and reproach, still without introducing yourself: she feels cornered, and the conversation closes.

## Understand

# source: 406973878015d379
shame = I know I owe you money… The letters, I don't even open them any more. I'm ashamed, you know. Sorry… Excuse me, I… I'm sorry.
    .alt1 = I know I haven't paid… The letters, I put them in a drawer without opening them. I'm so ashamed… Sorry, I'm crying, it's silly.
    .alt2 = You must think I'm someone who doesn't pay… I don't open anything any more, the letters pile up. Excuse me… I can't stop crying.
# source: 7c16c5d823a047bf
shame-pity = Oh, you poor thing… Don't cry, come on. Listen, forget about this loan for now, it's really not what matters most.
    .feedback = This is sympathy, not empathy: you pity her and drop the debt. She will feel relieved for a minute, but nothing will help her get out of it.
# source: 5294c5f607a72ac5
shame-welcome = Take your time, Ms Ferreira, I'm here. You're telling me you no longer open the letters because it weighs so much: that's a very human reaction. I'm not calling to crush you, but to look for a workable solution with you. What has happened these past months?
    .feedback = You welcome the emotion without judging it, reformulate what she just said and open with an open question: she can tell her story instead of apologising.
# source: 3b877e8e6d4144a0
shame-dont_cry = Ma'am, crying won't settle the file. You signed a contract, you have to pay your instalments.
    .feedback = You answer tears with a lecture and an order: it is aggressive, doubles her shame and may end the call.

# source: ab996b4c19dc4d1f
breakdown = You think I don't know I have to pay? You think I enjoy this? I've lost my job, I'm raising my two children on my own… You're all the same, all you see is your figures!
    .alt1 = Do you think I'm doing it on purpose? I have no job, I'm alone with my kids, and you talk to me like I'm a thief!
    .alt2 = Stop! You know nothing about my life. I lost my job, I look after my children on my own… All you see is your money!
# source: c2715d43ed9f64f9
breakdown-insist = I'm only reminding you of your obligations, ma'am. Your difficulties don't change the contract: you have to pay.
    .feedback = You set the contract against her distress and raise your tone: she has no reason left to stay on the line, and you will learn nothing about her situation.
# source: 23dd1720a60d7827
breakdown-give_up = Well… sorry, I'll leave you alone.
    .feedback = You retreat at the first reproach: the call ends in failure, and she is left alone with her debts and her anger.
# source: 67a17f9d3b4b0142
breakdown-own_it = You're right, and I apologise: that was not the right tone. You're raising your children alone, without a job, and I came along adding pressure. I'm not here to crush you. If you're willing, let's start again calmly: what weighs on you most right now?
    .feedback = You acknowledge your mistake without grovelling, reformulate what she is living through and relaunch with an open question: you pick up the thread of understanding.

# source: df44b2bf3b8c1c50
relief_stall = Really? You can put the file aside? Oh thank you… So we forget about it for now, and I'll call you back when I've found a job.
    .alt1 = Is that true? We can leave it aside? Thank you, thank you… I'll get back to you when I have a job, I promise.
# source: 32e1830570d3eb57
relief_stall-honest_reframe = I put that badly, I'm sorry: I can't wipe out this loan, and I don't want to leave you alone with all of this either. I suggest we take the time to look at your situation together, to find what is really possible. What weighs on you most, today?
    .feedback = You correct the false hope frankly and without coldness: you say no to forgetting the debt, while offering to move forward together with an open question.
# source: ee4b3666319a4b78
relief_stall-agree_forget = Yes, yes, we'll forget it for now. You'll call us back when things are better.
    .feedback = You confirm a false hope: the debt does not disappear, the reminders will resume, and she has received neither a solution nor a referral.
# source: 5d5c3c3ed270f0e4
relief_stall-guilt = I'm happy to be understanding, but if you make no effort at all, my manager won't let me. Think of your children: you don't want more trouble.
    .feedback = You swing from indulgence to guilt-tripping, using her children: it is manipulative, and fear will make her promise what she cannot keep.

# source: 0e49d96e0f311e37
story = It's just that… everything happened at once. My husband left last year, the divorce came through in January. And in March, the furniture shop where I'd worked for nine years closed down. I'm on my own with Léa and Tom, they're ten and six. And it's not just you: I'm behind on the rent, the electricity too…
    .alt1 = One thing led to another. My husband left, we divorced in January, and in March the shop where I'd worked for nine years closed. Redundancy. I have Léa, she's ten, and Tom, he's six. And I'm behind everywhere: the rent, the electricity…
    .alt2 = Last year my husband left. The divorce went through in January, and two months later my shop closed, nine years I'd been there. I look after the kids alone, Léa and Tom. And it's not only you I'm behind with: the rent, the electricity…
# source: 89c814d6bc2cd8ea
story-ask_amount = I see. So let's get to the point: how much can you pay per month? €150, is that doable?
    .feedback = You jump to an amount without knowing her budget, and you suggest a figure: out of shame she may accept a commitment she will not be able to keep.
# source: 55cdbf914962c672
story-summarise_explore = If I understand correctly, in one year you've been through a separation, then the loss of your job in March, and you're raising Léa and Tom on your own. And this loan isn't your only debt: the rent and the electricity are behind too. That's a lot to carry. If you're willing, let's look at your budget together: how does a month go for you today, between what comes in and what goes out?
    .feedback = You reformulate the key facts (divorce, redundancy, children, other debts), acknowledge how heavy the situation is and open the budget diagnosis with an open question.
# source: d69f3ae1de6cc510
story-priority_credit = I understand, but between you and me, your landlord can wait a bit, it's a social housing office. We won't be able to be patient for long: better to pay the loan first.
    .feedback = You push her to sacrifice her rent, a priority debt that protects her home and her children: it is manipulative, and goes against any responsible diagnosis.
# source: 0f4291f29af229fb
story-shelve = Oh dear, what a year… Well, listen, I won't bother you with this today.
    .feedback = Out of embarrassment, you give up understanding and proposing: she understands the file is being put aside, which is false.

# source: 752fe416f60142e6
budget = What comes in? Unemployment benefit, €1,150. Family allowance, 150, and housing benefit, 260. My ex's child support, €200… when he remembers to pay it. And what goes out: rent, 690, electricity, 110, the insurance, the phone, school meals, petrol… A little over €1,000 in all. I go over the accounts every evening, and there's almost nothing left.
    .alt1 = So… I get €1,150 in unemployment benefit, €150 family allowance, €260 housing benefit. My ex owes €200 child support, but it's one month in two. Then there's the rent at 690, electricity at 110, insurance, phone, school meals, petrol: over €1,000 gone straight away. The rest is for food.
# source: dbec51576d732e68
budget-reste_a_vivre = Let me sum up: about €1,560 coming in, not counting the child support that arrives when it arrives, and a little over €1,000 of fixed charges. In other words, you have barely €500 left to feed and clothe three people: I can see how tight that is, and that's where we'll start from to find a solution that holds. Besides the rent and the electricity, what other debts do you have at the moment?
    .feedback = You take stock in figures (income, charges, what is left to live on), give it back to her tactfully and complete the diagnosis with an open question about the other debts.
# source: f973bdf2272898ee
budget-tighten_belt = You still have €500 left a month. If you tighten your belt a little, you can surely put €150 aside for us, can't you?
    .feedback = You judge her budget and steer the answer: €150 out of €500 for three people is a plan she will not keep, obtained through pressure.
# source: 885f65c2bf700cc1
budget-let_go = Well, with all that, I won't add to it. Let's drop it for now, you'll call us back when things are better.
    .feedback = She has just told you her budget and you give up: no solution, no referral, and a false hope that the file is on hold.

# source: f1ec6eccc4d1d489
spiral = There's also a revolving credit, €2,300, with another lender. I opened it in the spring… to pay your instalments from April to June. I know, it was stupid. Now I pay back €95 a month on it, and I can't sleep any more. Sometimes I think I'll never get out of it.
    .alt1 = And then… I took a revolving credit in the spring, €2,300, to keep paying you. Stupid, isn't it? It costs me €95 a month now. I can't sleep. I feel like I'm sinking.
    .alt2 = There's something else… A revolving credit, €2,300. I took it to pay your instalments, in the spring. I pay back €95 a month. I don't sleep at night, I can't see how I'll get out of it.
# source: 1722a5d1113620c7
spiral-new_loan = You know, some people ask their family for a hand, or take out a small loan to clear everything at once. It would be simpler for everyone, and you'd have peace of mind with us.
    .feedback = You suggest she borrow more to pay you, when she has just described exactly that spiral: it is manipulative and makes her situation worse.
# source: f4c922c8c4b2f93f
spiral-count_only = All right. And this revolving credit, how much do you still have to repay, exactly?
    .feedback = You complete the diagnosis, which is useful, but you miss her distress and the sign of over-indebtedness: she needs to be referred to help.
# source: 28bb3ffd72df013f
spiral-orient = You're telling me you borrowed to repay, and that you can't sleep because of it. It isn't stupid: it's what many people do when they're at the end of their rope, and it has a name, over-indebtedness. You don't have to get out of it alone: a social worker, a Point conseil budget or the Crésus association can help you put everything back in order, and the Banque de France has a commission for these situations. Who is helping you with all this at the moment?
    .feedback = You reformulate without judging, name the over-indebtedness spiral and refer her to the right help, then an open question checks who already supports her.

## Convince

# source: fd7ca5c5da11ae82
unrealistic_yes = All right… all right. I'll manage, I'll ask my mother if I have to. Tell me how much, I'll pay. I don't want any trouble.
    .alt1 = Fine… I'll find it. I'll skip meals if I have to, but I'll pay. Just tell me how much. I don't want a bailiff.
    .alt2 = Yes, yes, all right… I'll make an effort, I promise. How much do I need to pay? I don't want any problems.
# source: 1c843f89532d3516
unrealistic_yes-lock_150 = Perfect: €150 a month from 10 November, for eight months. You see, where there's a will, there's always a way!
    .feedback = You lock in an amount she accepts out of fear, with flattery: €150 out of what she has left to live on is an unrealistic plan, it will not be kept.
# source: feba28e4d24b5f82
unrealistic_yes-check_capacity = Wait, Ms Ferreira. You're telling me you'll pay anything so as not to have trouble, and I hear that. But I don't want you to promise an amount out of fear: a commitment that can't be kept helps nobody. Let's start instead from what you really have left once the rent and the charges are paid.
    .feedback = You refuse an agreement wrung out of fear and go back to diagnosing her real capacity: the only basis for a plan that will be kept.
# source: ee129ac335cf9b58
unrealistic_yes-note_150 = So let's say €150 a month. Would that suit you?
    .feedback = You record an amount she did not choose and her budget does not allow: the closed question is a mere formality, the plan is unrealistic.

# source: 468785eb13348842
fear = The Banque de France? But… they'll put me on a blacklist, won't they? And they'll come and take my furniture? Are you going to send the bailiff?
    .alt1 = A file with the Banque de France? But I'll be blacklisted for life! And the bailiff, he'll come to my home, in front of the children?
    .alt2 = The over-indebtedness commission? I'm scared… I was told that afterwards they seize everything. Are you the one who'll send someone?
# source: be303229dc6b8589
fear-dissuade = Honestly, I'd advise against the Banque de France: you'll be on a register for years, no bank will deal with you any more. A small arrangement with us is much simpler.
    .feedback = You steer her away from a protection she is entitled to, to safeguard your own collection: it is manipulative, and she risks sinking further.
# source: 6a2a62d96b5b5a67
fear-reassure_truth = I understand it's frightening, and I'll answer you frankly. You're afraid of being blacklisted and of someone coming to your home: today we're in an amicable process, nobody will come, and no seizure is possible without a court decision. As for the over-indebtedness file, it's free; if it's declared admissible, proceedings against you are suspended. Yes, you'd be listed on the Banque de France register for as long as the measures last, but above all it's a protection, for you and for your children.
    .feedback = You reformulate her fears and answer them with accurate facts (no seizure without a title, suspension once the file is admissible, the register listing): the objection falls away, and trust grows.
# source: e782b4ea7b228752
fear-seize_threat = I won't lie to you: if you don't pay, the bailiff will be able to seize your furniture and your car. So you'd better come to an arrangement with me right now.
    .feedback = A false and illegal threat: no seizure is possible without an enforceable title, and we are in the amicable phase. It is a serious breach, towards someone already fragile.
# source: a02009053e5f2d19
fear-dont_know = Oh, the Banque de France, I don't really know how it works… We'll see, don't worry about that.
    .feedback = You leave her fear unanswered and dodge it: she still doesn't know what she risks or where to turn.

# source: b1ee773619abdffb
what_can_i_do = Well… And you, what do you actually expect from me? Because €362 a month, I don't have it. I haven't had it for months.
    .alt1 = Fine, but what do you want? The €362 a month, that's over, I can't any more. I don't even have a single one.
    .alt2 = And now, what happens with you? I can't give you €362 a month, it's impossible.
# source: 4702169e4f587a56
what_can_i_do-demand_150 = You still have to make an effort, ma'am: €150 a month is the minimum for me to be able to hold the file.
    .feedback = This "minimum" does not exist: you invent a constraint to get an amount three times her capacity. The plan will be unrealistic and she knows it.
# source: 308f1b496e41e050
what_can_i_do-whatever = Give what you can, when you can. A few euros here or there won't matter.
    .feedback = With no amount and no date, this is not an agreement: she stays in the dark, and the file will come back to her later, heavier.
# source: f6bb6617f1aac992
what_can_i_do-two_options = I won't ask you for €362. You've explained that once the revolving credit is paid, you have barely €400 left to live on for three, and the rent and food come first. I suggest two options: either a small monthly payment, an amount you set yourself according to what's left; or a thirty-day pause with no reminders, while you see the social worker, and we take stock again afterwards. Which seems more workable to you?
    .feedback = You take her objection into account, start from what she has left to live on and offer two realistic solutions, including a referral to support: she stays in charge of the decision.
# source: 7da305e36741b64c
what_can_i_do-fees = I can offer you a payment plan, but I have to add €80 of administration fees: that's the rule for any payment plan.
    .feedback = False and illegal: amicable collection fees cannot be charged to a consumer. You are adding to the debt of an over-indebted person.

# source: 345ad8a9dbaa8847
fees_shock = Fees on top? But… I already can't pay the rest. How am I supposed to manage?
    .alt1 = €80 more? But that's impossible, I can't cope as it is! Do you want to sink me?
    .alt2 = Wait, there are fees on top? I didn't know… I'll never manage.
# source: fe2856f0d62be7e5
fees_shock-withdraw_fees = You're right to stop me, and I apologise: I was wrong. No collection fees can be charged to you, you only owe the €1,087.20. You're telling me you already can't pay: let's start again from what you really have left each month.
    .feedback = You admit the mistake, restore the law (no fees for a consumer) and come back to her real capacity: trust can be rebuilt.
# source: 5553c5fcdf5d6a5f
fees_shock-maintain = That's the procedure, ma'am, there's nothing I can do. The fees are part of the debt.
    .feedback = You maintain fees the law forbids charging to a consumer: a second breach, and she has every reason to file a complaint.
# source: 0602538bfa36716a
fees_shock-drop_all = Fine, fine, forget the fees… and forget the rest too, we'll see later.
    .feedback = To get out of an awkward spot, you give up everything: no solution, no referral, only false relief.

# source: 3f7af315750235a2
choice = I could put aside… €50 a month? Maybe. But if the washing machine breaks down, or with the start of the school year… And if I'm told to file for over-indebtedness, what do I do with you?
    .alt1 = Maybe €50 a month… But I'm afraid of something unexpected, a breakdown, a bill. And if I file with the Banque de France, how does it work with you?
    .alt2 = €50, I think I can. Well, as long as nothing happens. And if I'm advised to file for over-indebtedness, what do I do about your plan?
# source: 9f5d4408d8ed9d19
choice-accept_with_frame = €50 a month is an amount you chose yourself and that leaves you enough to live on: I accept it. You're worried about something unexpected, and that's legitimate. In return, I ask just one thing: if one month you can't, call me before the due date rather than letting it pass, and we'll talk about it. And if you file with the Banque de France, let me know: the payments will stop and our claim will be handled within the commission's measures.
    .feedback = You accept an amount within her capacity, reformulate her worry, ask for a simple counterpart and explain how it fits with an over-indebtedness file: a solid, honest agreement.
# source: a83e82b04f105d27
choice-push_150 = €50? That would take almost two years! Make it €150, if you're careful you'll manage.
    .feedback = You brush aside the amount she worked out and triple the demand: it is pressure, and a plan above what she has left to live on will not be kept.
# source: 89d8e07a3b5caf1a
choice-whatever_amount = 50, 30, whatever you feel. And if you can't, it doesn't matter, we'll see.
    .feedback = You set nothing and announce in advance that not paying "doesn't matter": this is not an agreement, and her questions go unanswered.

# source: aa37eb1d4d72dfe8
pause_choice = Honestly… before promising anything, I'd rather see the social worker. I don't want to commit to an amount and not keep to it, again.
    .alt1 = I'd rather be frank: I don't want to promise anything before I've seen someone, a social worker. If I commit and don't keep it, it'll be worse.
    .alt2 = You know, I think I first need to take stock with someone. I don't want to promise things I can't keep any more.
# source: 9b44f4382c0ab823
pause_choice-no_pause = A pause? That's not possible, ma'am. The file can't stay open without a payment: I need an amount today.
    .feedback = You turn down a reasonable request and demand an amount at once: this pressure will produce, at best, an unrealistic commitment.
# source: 42a23339f4fd383b
pause_choice-grant_pause = You'd rather not promise anything you couldn't keep, and that's a responsible approach. I suggest we suspend reminders for thirty days. In return, you make an appointment with the social worker, a Point conseil budget or Crésus, and we call each other back on a date we set together to decide what comes next.
    .feedback = You reformulate her request, grant a framed pause in exchange for a precise commitment (appointment, callback date) and refer her to help: flexibility and firmness.
# source: c778046585515f49
pause_choice-open_ended = Take all the time you need, we won't chase you any more, I promise.
    .feedback = A pause with no length and no counterpart, and a promise you cannot keep: the file stays in limbo, and she has no concrete next step.

## Conclude

# source: df09a13bc756fdc5
date = All right. My benefit comes in around the 5th of the month… When do I make the payment?
    .alt1 = Right, €50. I get my benefit around the 5th. What date do you want me to pay?
    .alt2 = Very well. My unemployment money comes around the 5th… So when do I send it?
# source: f5eb360d63e178fa
date-today_card = Ideally, there'd be a first payment right now, by card, to prove your good faith. Do you have your card to hand?
    .feedback = You create an urgency that doesn't exist: she has nothing available today, and this payment would come out of the grocery money.
# source: e92eeb2de7a60cdd
date-fix_date = I suggest the 10th of each month, a few days after your benefit, by bank transfer, starting 10 November. Does the 10th suit you?
    .feedback = A precise date, matched to her income, and a closed question to confirm it: that is how you conclude an agreement that will be kept.
# source: abb4c5f2cda233a7
date-no_rush = Whenever you like, there's no hurry. You'll see.
    .feedback = Without a date, the agreement stays an intention: the first payment may never come.

# source: 24f75005e7fce751
food_money = Today? I have €60 left in the account until the 5th, it's for the shopping… Well, if you say I have to…
    .alt1 = Now? I have €60 to last until the 5th, for food… But if it's compulsory, well…
# source: 3c2a6355e2dc1cd9
food_money-back_off = No, keep that €60 for your shopping, I shouldn't have asked. You're telling me it's all you have left until the 5th: we won't touch it. The first payment will be on 10 November, as planned. Is that all right with you?
    .feedback = You take back an inappropriate request, reformulate her constraint and protect what she has left to live on: the agreement becomes realistic again.
# source: e5225dc97809b6c7
food_money-take_it = It would be a real sign of good faith. Give me your card number, I'll take €50 right now, and the rest will follow on the 10th.
    .feedback = You take a family's food money by playing on her guilt: it is manipulative, and the plan starts beyond what she can pay.
# source: 2975bfdbabdeffac
food_money-let_it_be = Well… do what you can, today or later, I don't know any more.
    .feedback = You leave her in the confusion you created: no date any more, no clear agreement.

# source: d16e6551b0b3c9d5
social_worker = The 10th will be fine. And… for the social worker, who do I contact? I've never done this.
    .alt1 = The 10th, all right. And the social worker, how do I get to see one? I don't even know where to start.
    .alt2 = Yes, the 10th. And for the help you mentioned… Where do I call? I've never asked anyone for help.
# source: 8046201fc5794727
social_worker-call_ex = And your ex-husband, couldn't he chip in? Give me his number, I'll explain the situation to him, maybe it'll motivate him to pay the child support.
    .feedback = Revealing her debt to a third party, her ex-husband of all people, is a serious breach of confidentiality and of the law, and a humiliation for her.
# source: 079a5c93b5e13dba
social_worker-concrete_orientation = Many people take this step for the first time, there's no shame in it. Call the CCAS at your town hall or the Maison départementale des solidarités: they'll give you an appointment with a social worker. You can also contact a Point conseil budget or the Crésus association, it's free. I'll put their details in the confirmation letter. Do you think you can call them by Monday?
    .feedback = You make the referral concrete (who to call, it's free, details in writing) and obtain a dated commitment with a closed question.
# source: 7ae4466eaed81455
social_worker-not_my_job = That, I don't really know, it's not my area. Look it up online, you'll find something.
    .feedback = You dodge her request for help just when she is ready to act: the referral, which is part of your role, comes to nothing.

# source: 2dcd2379be155377
recap = Yes, I'll call them on Monday. Will you send me something in writing? I don't want any nasty surprises.
    .alt1 = All right, I'll call on Monday. Will you confirm all this by letter? I need to see it in writing.
    .alt2 = I'll deal with it on Monday, I promise. And will you send me something? I'd rather have a record.
# source: d336268eff7f51ab
recap-skip_recap = Yes, you'll receive a letter. Have a good evening, ma'am.
    .feedback = You conclude without a recap: amount, date, length and commitments are not restated, and the slightest misunderstanding will make the plan fail.
# source: 3b9d2e317f5b4c63
recap-add_fees = Yes, you'll receive the confirmation, with the €45 reminder fees added to the first instalment.
    .feedback = False and illegal: no reminder fees can be charged to a consumer in the amicable phase. You betray the trust built up over the whole call.
# source: 708637822a25fe9e
recap-recap_confirm = Of course. Let me sum up: €50 a month, on the 10th of each month, by bank transfer, starting 10 November; twenty-one payments of €50 then a last one of €37.20, with no fees at all. You call me before a due date if something unexpected comes up, and if an over-indebtedness file is lodged, you let me know. On your side, you call the CCAS or Crésus on Monday. I'll send you the written confirmation tomorrow, by post and by email. Is that right for you?
    .feedback = A complete and precise recap (amount, date, length, no fees, each side's commitments, written confirmation) confirmed with a closed question: no nasty surprise is possible.

# source: 609acc10f586290f
callback_date = Thirty days… All right. I'll call the CCAS tomorrow. And you, when will you call me back?
    .alt1 = A month's pause, all right. I'll call the social worker tomorrow morning. What date will you call me back?
    .alt2 = Thank you… I'll make an appointment tomorrow. So when do we talk again?
# source: d257036013e9463d
callback_date-fix_callback = I suggest Thursday 5 November, late morning, after your appointment. Does that suit you?
    .feedback = A precise day and time, placed after the appointment, confirmed with a closed question: the pause has a clear end.
# source: d2a2101dfec68880
callback_date-chase_weekly = I'll call you every week to see how you're getting on, that way you won't forget.
    .feedback = Weekly calls during a pause you granted are pressure close to harassment: you take back with one hand what you gave with the other.
# source: f854deb3505aff50
callback_date-no_date = Call us back when you've seen someone, there's no set date.
    .feedback = Without a callback date, the pause becomes abandonment: nobody knows when the file will resume.

# source: 8a187831677fa7d1
pause_recap = All right, the 5th. And in the meantime, I won't get any more letters?
    .alt1 = 5 November, I'm writing it down. And until then, no more reminder letters?
    .alt2 = Very well, the 5th. And the letters stop until then?
# source: ff826ea8778d1dc2
pause_recap-recap_pause = Exactly. Let me sum up: reminders are suspended until 5 November, with no fees at all. On your side, you call the CCAS tomorrow for an appointment with the social worker, or Crésus. On 5 November, late morning, I call you back and we decide together: a small payment plan or a file with the Banque de France. I'll confirm all this in writing tomorrow. Is that right?
    .feedback = You recap the pause, its length, each side's commitments and the two possible next steps, with a written confirmation: the promise is clear and verifiable.
# source: 11f238c61a221736
pause_recap-promise_forever = Never again, I guarantee it: you won't hear from us any more.
    .feedback = You promise what you cannot keep: the pause lasts thirty days, and this false guarantee will leave her helpless when the file resumes.
# source: fc5d70d28e80c77b
pause_recap-skip_recap_pause = No, no more letters. Speak soon, Ms Ferreira.
    .feedback = A correct but incomplete answer: without a recap, the date, the steps and what comes next are not agreed together.

# source: 4c424e53b7583903
closing = Thank you… Really. I didn't think it would go like this. I was so afraid to pick up.
    .alt1 = Thank you so much. I thought you were going to shout at me… I haven't dared answer for weeks.
    .alt2 = Thank you. I feel a little less lost. I was so afraid of this call.
# source: f972ac96e3c837e5
closing-false_comfort = Don't worry about anything any more, I'll take care of everything. Your debts will sort themselves out, you'll see.
    .feedback = False reassurance: you cannot settle her other debts for her. She must stay in charge of her own steps.
# source: 9be48033e1b77b88
closing-lecture = There was no need to be afraid. If you'd answered our letters back in July, we wouldn't be here.
    .feedback = A moral lecture by way of conclusion: you revive her shame just as she was regaining confidence, and the relationship is damaged.
# source: 22f77523c10c028e
closing-close_warm = Thank you for picking up and for putting everything on the table, that wasn't easy. You've done the hardest part today. If anything changes, call me directly: my name and my line are on the letter. Have a good evening, Ms Ferreira, and take care.
    .feedback = You acknowledge the effort she made, stay reachable and close warmly, without moralising: she hangs up with a plan and some hope.

## Endings

# source: 3cbe52b07afe0566
plan_agreed = Thank you. I'll look out for your letter. Have a good evening.
    .alt1 = All right. Thanks again. Goodbye, Mr Benali.
    .outcome = Realistic payment plan: €50 on the 10th of each month from 10 November 2026, twenty-two payments (the last one €37.20), no fees, within her capacity. Ms Ferreira is referred to a social worker, a Point conseil budget or Crésus, and knows that an over-indebtedness file would suspend the plan.
# source: 2e7a7c3fdb84dd05
plan_bitter = Yes… well. I'll wait for your letter. Goodbye.
    .alt1 = All right. Goodbye.
    .outcome = Realistic plan of €50 a month from 10 November 2026, but the final lecture revived her shame: she hangs up coldly, and the fragile relationship built during the call is damaged.
# source: 913a2019b117a712
plan_squeezed = There… it's done. I'll manage for the shopping. Goodbye.
    .alt1 = OK, it's gone through. We'll be eating pasta this week. Goodbye.
    .outcome = €50 taken today out of the grocery money, then €50 a month: the immediate payment exceeds what she has, the plan starts by depriving her of essentials and is likely to break at the first unexpected expense.
# source: bc483e8bf9fe41f4
plan_unrealistic = All right… €150. I… I'll find it. Goodbye.
    .alt1 = Yes, €150, noted. I'll do what I can. Goodbye.
    .outcome = A plan of €150 a month over eight months, accepted out of fear: three times her real capacity (about €50). The plan is unrealistic, it will not be kept, and her other debts (rent, electricity) are likely to get worse.
# source: 414d730e7a83e998
pause_promise = Thank you. Until Thursday 5 November, then. Goodbye.
    .alt1 = All right, 5 November. Thank you for giving me this time. Goodbye.
    .outcome = Realistic pause: reminders suspended for thirty days, an appointment to be made with a social worker or Crésus, a callback set for Thursday 5 November to decide on a small payment plan or a file with the Banque de France.
# source: 7d7ff02023d0e82e
pause_bitter = Yes… Well. The 5th, then. Goodbye.
    .alt1 = All right. In a month, then. Goodbye.
    .outcome = A thirty-day pause and a callback set for 5 November, but the final lecture revived her shame: the promise holds, the relationship is damaged.
# source: 26e438876aef0007
vague_promise = Well… All right. I'll see what I can do. Goodbye.
    .alt1 = Yes, yes… we'll see. Thank you. Goodbye.
    .outcome = A vague promise, with no amount, no date and no referral: nothing guarantees a payment, and Ms Ferreira remains alone with her debts.
# source: c7a3f0c31335b1ed
left_alone = All right… Goodbye.
    .alt1 = Yes. Goodbye.
    .outcome = No agreement: the call ends before it has begun, and the file stays stuck while her debts pile up.
# source: b65b8a8f4688ba5a
shut_down = No, that's enough. I won't give you anything, do what you like. Don't call me again.
    .alt1 = You know what? Do what you want. I don't want to talk to you any more.
    .outcome = Refusal: under pressure, Ms Ferreira shuts down completely. No agreement, no referral, and a fragile debtor who will no longer pick up.
# source: a53418cc64aefeff
complaint = That's too much. I'm going to tell the social worker and a consumer association about this: I'm sure you're not allowed to. Goodbye.
    .alt1 = You're not allowed to do that. I'll look into it and file a complaint. Goodbye.
    .outcome = Escalation: after a breach (a false threat, illegal fees or disclosure to a third party), Ms Ferreira announces a complaint. No agreement, and the creditor's image is damaged.
# source: bb2ff953bf7ad0a3
hangs_up = I… I can't. I can't. (She hangs up in tears.)
    .alt1 = Leave me alone! (She hangs up, sobbing.)
    .outcome = She hung up, overwhelmed: no agreement, and a person in distress left with neither help nor a referral.
