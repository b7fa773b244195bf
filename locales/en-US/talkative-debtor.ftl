# Scenario "The talkative customer": English texts (translated from the French reference).
# The structure of the call is in scenarios/talkative-debtor.ron.

# source: 865bd6f0fba02b84
title = Talkative customer: “Ah, the boiler! What a saga…”
# source: 79c5a149780aab90
summary = Marcel Rigaud, a charming and inexhaustible pensioner, owes €386.40 for his boiler repair: recentre the call with closed questions and reformulations, keep the 4 C and the clock, and get a precise commitment.
# source: 22354f54f289eb92
briefing-debtor = Marcel Rigaud, 76, a retired baker, lives with his wife Simone in a house near Clermont-Ferrand. A friendly customer in good faith, but very talkative: during the last call he spoke for twenty-five minutes about his hip and his grandchildren, and nothing was settled. His daughter Nathalie helps him with his paperwork.
# source: ed25aa05d2f88830
briefing-creditor = Thermi-Service Auvergne, heating engineers. Invoice TSA-2026-1174 for €386.40, due on 15 February 2026: call-out on 12 January and replacement of the boiler’s circulation pump. The repair is not disputed. You are Camille Roux, of the Recouvra agency, calling in the amicable phase.
# source: 121cb994e70f7782
briefing-history = Reminder letter on 3 March, text message on 24 March, a call on 14 April (a long, friendly chat, no commitment), another letter on 5 May. No court proceedings have been started: no seizure is possible, no collection fees may be charged to this private customer, and the debt must not be mentioned in front of a third party.

## contact

# source: 9f663d8a63bea959
opening = Hello, Rigaud speaking! … Nathalie, is that you? Oh, no. Sorry, I thought it was my daughter: she rings every morning at this time to check I’ve taken my pills. Worse than an alarm clock, that girl!
    .alt1 = Yes, hello? Marcel Rigaud here! Hang on, let me turn the radio down… There. Is this about the lottery? Because I’m warning you, I’ve never won a thing!
    .alt2 = Hello? Yes, it’s me… Sorry, I was out in the garden, I’m all out of breath. The tomatoes this year are a disaster, with all this rain!
# source: c1e626344676121e
opening-identify = Good morning, sir. Am I speaking with Mr Marcel Rigaud? This is Camille Roux, from the Recouvra agency: I’m calling on behalf of Thermi-Service Auvergne about invoice TSA-2026-1174, the repair of your boiler. Could you spare a few minutes so that we can find a solution together?
    .feedback = A closed question checks who you are talking to without feeding the digression, then you introduce yourself and name the creditor and the reference. The cushion phrase and the word “solution” set a cooperative tone from the first sentence.
# source: a851bc94584a0e8a
opening-chat_along = Ha ha, you sound on top form, Mr Rigaud! It’s a pleasure to hear someone so cheerful first thing in the morning.
    .feedback = It is kind, but you follow the digression without introducing yourself or saying why you are calling: with a talkative customer, that throws the door wide open. Contact starts with identification.
# source: ac0fea4b3e3fe333
opening-no_intro = Mr Rigaud, you have an invoice of €386.40 unpaid since February. You have to settle it, and quickly.
    .feedback = You skip the introduction and the “understand” phase to demand payment: the customer does not even know who is talking to him. “You have to” sounds like a reproach and shuts down someone who was well disposed.

# source: 0de4cc37a9a50d81
health_detour = On top form? Oh, that’s one way of putting it! I’ve got a whole collection of pills: for my heart, for my blood pressure, and for my hip, since I fell in the garden in November. The doctor keeps telling me: “Marcel, walk!” Walk, walk… in this weather!
    .alt1 = Cheerful, yes, you have to be! At my age, if you don’t complain, you get bored. Take my hip: since my fall in November, it’s physio twice a week. The physio is twenty-five, he treats me like an old tractor!
# source: edaafcd27a00eb6c
health_detour-kine_chat = Oh, physios are demanding, but it’s for your own good! And there’s nothing like walking, even in the rain.
    .feedback = A second answer inside the digression, and still no introduction: the call drifts with no purpose. The customer’s time is not unlimited, and neither is yours.
# source: baf62a9bfd643b8b
health_detour-identify_late = I wish you a speedy recovery, Mr Rigaud. If I may, let me introduce myself: Camille Roux, from the Recouvra agency. I’m calling on behalf of Thermi-Service Auvergne about invoice TSA-2026-1174 for your boiler. Do you have a few minutes so that we can find a solution together?
    .feedback = You politely acknowledge what he says, then take the lead again with a cushion phrase, a full identification and a closed question. It is the right recovery; ideally, you would have introduced yourself in your first answer.
# source: 1471eaf6fbfb8c20
health_detour-stop_chatter = Sir, I’m not calling to talk about your hip. I’m from the Recouvra agency, about your Thermi-Service invoice.
    .feedback = You finally introduce yourself, but by cutting him off curtly: he feels snubbed for being friendly. You recentre a talkative customer with a closed question, not with a reproach.

# source: 3af5d063fd00df2a
recouvra_worry = Recouvra? As in “recovery”? Oh dear, I hope it’s nothing serious! Yes, I’ve got a bit of time, until eleven, then the taxi’s coming to take me to the physio. Say, you’ve got a bit of an accent, haven’t you… Are you from the south-west? Simone, my wife, she’s from Montauban, she rolls her r’s just like you!
    .alt1 = Debt recovery? Oh, that doesn’t sound like a cheerful job! Well, I’ve got until eleven, then it’s the taxi to the physio. You know, I’ve never had a debt in my life. My father always used to say: “A Rigaud pays his debts and his rounds!”
    .alt2 = Thermi-Service? Ah yes, that nice young lad! Yes, yes, I’ve got a moment, until eleven, the taxi’s picking me up for the physio. Hang on, let me get my coffee… There. Is the weather this awful where you are too?
# source: ea5d8a457a58eea6
recouvra_worry-small_talk = Oh, we’ve got all the time in the world, Mr Rigaud, make yourself comfortable, it’s nice to have a little chat.
    .feedback = He has just given you a limit, the eleven o’clock taxi, and you offer him “all the time in the world”: you give up steering the conversation. With a talkative customer, you are the one who keeps an eye on the clock.
# source: 98115c4685917670
recouvra_worry-no_time = I don’t have time for small talk, sir. Let’s talk about your debt instead.
    .feedback = The intent is right, you do need to recentre, but the manner is hurtful and “your debt” puts him in the dock. A customer in good faith who feels snubbed closes up at once.
# source: 95590d8c6b4bafd3
recouvra_worry-reassure_check = I’ll be brief, so that you’re ready at eleven. Don’t worry, I’m calling precisely to find a simple solution together. Did you receive the invoice of €386.40 for the January repair?
    .feedback = You take his schedule into account, reassure him with positive words, and a closed question brings him back to the purpose of the call without rushing him: you stay in control of the conversation.

## comprendre

# source: fd1cb85794020c5b
old_days = Ah, in my day, it was a different story! I ran the bakery on the square for thirty-eight years: customers stayed a quarter of an hour chatting, nobody looked at their watch, and everyone paid on the nail. Boilers lasted thirty years, and people were sturdier too!
    .alt1 = Oh, you know, back then, things were different! Thirty-eight years I ran the bakery on the square. Up at three every morning, and a smile at the counter! We paid for everything in cash, on the nail. Nowadays, with your cards and your codes, nobody understands a thing.
# source: 9ba61c70d118a15e
old_days-recentre_summary = Thirty-eight years of baking, what a career! If I hear you right, in your family you’ve always paid what you owed, on the nail. That’s exactly it: may I suggest we look at the boiler invoice together? Do you have it to hand?
    .feedback = You honour his story in one sentence, reformulate it in line with his values (paying what you owe), then a closed question brings the call back to the invoice. This is recentring at its best.
# source: ca78f9ba8eda5847
old_days-bakery_chat = Thirty-eight years, hats off! The bread of the old days, now that was something, you can’t find it like that any more.
    .feedback = You revive the nostalgia instead of closing it: every minute spent in the bakehouse is taken from the purpose of the call, and the eleven o’clock taxi is getting closer.
# source: 771559fbe567a66c
old_days-open_back = And nowadays, how do you organise yourself with your bills?
    .feedback = You come back to the subject, which is good, but an open question leaves a talkative customer all the room he needs to wander off again. Faced with a digression, a reformulation followed by a closed question recentres more surely.
# source: 426b446a76a10cf8
old_days-cut_short = Mr Rigaud, your bakery is beside the point. You’re wasting my time.
    .feedback = “You’re wasting my time” is a sentence to ban: it humiliates an elderly customer in good faith. Recentre, yes; snub, never.

# source: a41fd676fcdd0799
cold_shoulder = Ah. Right. Well, if that’s the tone… Send me a letter, I’ll read it when I have the time. And I thought I was talking to someone with manners.
    .alt1 = Now then, nobody talks to me like that! I’m seventy-six, madam. Write to me, I’ll look into it with my daughter.
# source: 979a203d631f9196
cold_shoulder-insist_letter = Very well, I’ll send you a letter. Sorry to have bothered you, sir.
    .feedback = You retreat without repairing the blunder or settling anything: one more letter will join the pile on the sideboard.
# source: cf63a1b9c650dbbb
cold_shoulder-apologise_reframe = You’re right, Mr Rigaud, I went too fast and I apologise. Let me start again: Camille Roux, from the Recouvra agency, on behalf of Thermi-Service Auvergne. If I understand you correctly, you want to be spoken to with respect, and quite rightly so. What would help you settle this invoice with peace of mind?
    .feedback = You own your mistake without grovelling, reformulate his need for respect, and an open question restarts the “understand” phase. If he is still very hurt, it may not be enough: better not to have to apologise at all.
# source: 1ee44400e3c887f2
cold_shoulder-threaten = You’ve already had two letters. If you don’t pay, the bailiff will come and seize your furniture next week.
    .feedback = A false and illegal threat: no seizure is possible without an enforceable title, and nothing has been started. It is a serious breach, and it makes a customer who only wanted to pay hang up.

# source: 290a36fad94c70cb
boiler_story = Ah, the boiler! Yes, yes, I got your invoice. What a saga, that breakdown: the middle of January, minus six outside, and not a drop of hot water! The young lad from Thermi came the very same day, changed the pump, and it’s been purring like a cat ever since.
    .alt1 = The invoice, yes, I got it… somewhere. The boiler gave up on us on 12 January, freezing cold! Simone slept in her woolly hat. The engineer changed the pump in the afternoon, a charming lad, and not a problem since.
# source: 9bcdd00db35effff
boiler_story-ask_why = If I understand correctly, the engineer sorted you out in the freezing cold and the boiler has worked well ever since. If I may ask: what made the invoice stay unpaid?
    .feedback = The reformulation shows you listened and confirms the repair is not disputed; the well-aimed open question looks for the real reason it is unpaid. That is exactly the work of the “understand” phase.
# source: a1103ada6948d979
boiler_story-check_works = Has the boiler been working well since the repair?
    .feedback = He has just told you: the closed question teaches you nothing and hands him an opening to talk about something else. In the “understand” phase, an open question about why the invoice is unpaid was more useful.
# source: 1b0e1605ac91c0ca
boiler_story-agree_old = Ah, these winter breakdowns always come at the worst moment! And nothing is built to last these days.
    .feedback = You join his conversation instead of understanding why the invoice is unpaid: the perfect invitation to an “in my day…”.
# source: dac9593d0acb28f6
boiler_story-guilt_repair = An engineer who comes out to rescue you in the freezing cold… You do agree he deserves to be paid, don’t you?
    .feedback = The leading question makes the customer feel guilty and skips the “understand” phase to jump to “convince”. He never refused to pay: you offend him without learning anything.

# source: 1feba7901520c398
lost_letter = Oh, it’s not ill will, you know! The invoice came during the February holidays, I had the grandchildren staying. Théo, nine years old, orange belt in judo, he threw me in the living room! And little Lou, who wants to be a vet, nursed the cat all week… So the post piled up on the sideboard, and then there was my hip…
    .alt1 = Ill will, never! But the letter arrived right in the middle of the little ones’ holidays. Théo taught me his video game, the one with the cars… I’m hopeless, just hopeless! And Lou was making pancakes everywhere. The post, I put it on the sideboard, and poof, vanished under the leaflets. And then my hip started playing up again…
# source: b62bb48ad23e230d
lost_letter-grandkids_chat = They sound adorable, Théo and Lou! At that age, time just flies when you’re with them.
    .feedback = You feed the digression just when he had given you the reason for the unpaid invoice. He was only waiting for that to carry on, and the clock is ticking.
# source: d4c6a9569ac18e89
lost_letter-summarise = What a busy week! If I sum up: the invoice arrived during the holidays with Théo and Lou, it vanished under the pile on the sideboard, and it isn’t a refusal to pay. Is that right?
    .feedback = The summary sorts the essentials (why it is unpaid, his good faith) from the flood of anecdotes, and the closed question calls for a simple “yes”. This summary reformulation recentres a talkative customer without offending him.
# source: 802157d0b7384f86
lost_letter-ask_hip = And your hip, actually, what happened?
    .feedback = The open question is about the digression itself: you give him a new topic of conversation instead of coming back to the invoice.
# source: dbea68d26228a7dc
lost_letter-waste_of_time = Mr Rigaud, your grandchildren are none of my concern. You’re wasting my time.
    .feedback = Hurtful and counterproductive: he was in fact explaining the unpaid invoice. A reformulation would have kept the essence of what he said while closing the anecdote.

# source: bb0e7d6db509317b
hip_detour = Ah, my hip! Now that’s a whole novel. In November, I’m trimming the hedge, I step on a rake, the neighbour’s rake, mind you, Mr Pelletier, who leaves everything lying around, and bang! Three weeks with a walking stick. Now it’s physio on Tuesdays and Thursdays. The physio talks to me like an old tractor!
    .alt1 = Oh, the hip, let’s not talk about it… or rather, let’s! The doctor wanted to operate, I said no, not before the tomatoes. So it’s physio twice a week, and the taxi to get there. Luckily it’s reimbursed. Well, partly. Well, I think so.
# source: 995c57a51d58303d
hip_detour-recentre_kindly = I hope you’re back on your feet soon, Mr Rigaud. So that you’re ready for your taxi, may I suggest we come back to the invoice: if I follow you, it vanished under the pile during the holidays, and you want to settle it. Is that right?
    .feedback = A warm word to close the subject, an argument that serves him (his taxi), a reformulation of what he had said about the invoice and a closed question: the recentring is courteous and effective.
# source: dba1232205c1d94b
hip_detour-more_hip = An operation is never an easy decision. Physio twice a week must do you a world of good.
    .feedback = This sympathy encourages him to carry on with the digression: here you are deep in his medical file, far from yours, and eleven o’clock is approaching.
# source: 80cd6e210db633c5
hip_detour-rake_rude = Frankly, we can do without the neighbour’s rake. Back to your debt now.
    .feedback = The tone is curt and “your debt” accuses. He was talking to you about his health: you can close the subject respectfully, in one sentence, before recentring.

# source: b7495d182c18550c
pension_talk = There you go. I’m happy to pay, you know! We Rigauds have always paid our debts. But €386 in one go, on a baker’s pension… it’s not a fortune, you know. Between the property tax, the electricity and the health insurance, there’s not much left at the end of the month.
    .alt1 = I want to pay, I want to pay! But €386 all at once, that would leave a hole. My pension comes in on the 9th, and by the 20th I already have to be careful. Simone and I count everything, you know, we’re used to it: at the bakery, we weighed everything to the gram!
# source: d192ef0c8b250be1
pension_talk-guilt = You know, Thermi-Service is a small business: if all their customers behaved like you, they’d have to close down.
    .feedback = Making a customer feel guilty when he has just said he wants to pay is manipulation: he takes offence and hides behind “I’ll see with my daughter”. A question about his means would have opened the negotiation.
# source: 41f3ba654db3f8c0
pension_talk-propose_100 = Would €100 a month be possible for you?
    .feedback = The closed question comes too early: you put a figure forward before knowing what he can afford. In the “understand” phase, an open question about what he can set aside each month gives you a solid basis.
# source: cbc1648a2b40a92d
pension_talk-diagnose = I understand, a pension has to be managed carefully. If I follow you, it isn’t the invoice that bothers you, it’s paying it all at once. Once your bills are paid, how much could you put towards it each month without putting yourself in difficulty?
    .feedback = Empathy without indulgence, a reformulation that isolates the real obstacle (paying in one go), then an open diagnostic question: you will build a solution that fits him, and so one he can keep.
# source: 19ed5680e805e5dd
pension_talk-no_rush = Oh, I completely understand, don’t worry: it can wait, pay whenever you can.
    .feedback = A passive stance: you give up any commitment just when he was ready to talk about it. “Whenever you can” sets neither amount nor date, and the invoice will go back onto the sideboard.

# source: bdd219ad51e586af
brother_party = Per month, oh yes, that I can do! Up to 130, 140 euros, without going short. My pension comes in on the 9th… except when the 9th is a Sunday, then it’s the Monday. Speaking of Sunday, we celebrated my brother Roger’s eightieth, in Riom. A cake this big! Well, between you and me, it wasn’t as good as mine…
    .alt1 = Every month? Ah, that’s easier! 130, 140 euros, that’s fine, my pension comes in on the 9th. The 9th is sacred: Simone and I go to the market, we buy a roast chicken and do the crosswords at the café. She cheats, you know, she looks at the answers!
# source: 5abef1f23d54490f
brother_party-summary_proposal = Sounds lovely! If I sum up: your pension comes in on the 9th, and you can put up to 130 or 140 euros a month towards this invoice. So I suggest settling it in three payments of €128.80, with no fees at all. Would that solution suit you?
    .feedback = A welcoming sentence, then a summary that keeps only the useful figures, a proposal within his means and a closed question. You move on to “convince” at the right moment, building on his own words.
# source: 184849e90dea9791
brother_party-pay_all_now = You know, the simplest thing would be to settle everything today: after that, I won’t be able to do anything for you.
    .feedback = False urgency and a worrying insinuation: this is manipulation. Besides, he has just told you that €386 in one go is beyond his means; he dodges by referring you to his daughter.
# source: fb82f9ae004d2b4f
brother_party-party_chat = Ah, family celebrations, good meals… Nothing better, you’re quite right to enjoy them!
    .feedback = He had just given you two precious pieces of information, his monthly capacity and the day his pension arrives, and you follow him into the digression instead of reformulating them.

# source: a221bd32dc403640
roger_detour = Ah, you like good food too? Then listen: the strawberry cake, the real one, we made it with local strawberries, not those Spanish ones that taste of water. On Sunday mornings the queue went all the way to the chemist’s! Nowadays young people buy frozen cakes…
    .alt1 = Oh, I could talk to you for hours about good cooking! Thirty-eight years of baking, imagine. My secret for puff pastry, I’ve never given it to anyone, not even Roger. He asks me every birthday, and every time I tell him: “When you turn a hundred!”
# source: 58e32c05122079a2
roger_detour-more_cakes = A baker’s secret is not for sharing, you’re quite right! The good old recipes are getting lost.
    .feedback = Another push on the digression: time is slipping away, and the useful information he had given you (130 to 140 euros a month) has got lost in the conversation.
# source: 7ad77528357d3c9d
roger_detour-back_to_plan = What craftsmanship! So that you’re on time for your taxi, may I suggest we come back to it: you told me you could put 130 to 140 euros a month towards it. I suggest three payments of €128.80, with no fees at all. Would that suit you?
    .feedback = You close the anecdote warmly, reformulate what he can pay and finish with a proposal and a closed question: a clean and courteous recovery.
# source: c9647b768f1d5a34
roger_detour-cakes_rude = Sir, your cakes won’t pay your invoice. You have to settle it, now.
    .feedback = The irony and “you have to” hurt a customer who was ready to commit. You close a digression with a reformulation, not with a jibe.

## convaincre

# source: e6c7a0bd5056bfd5
daughter = Three payments… Yes, that sounds fair, what you’re saying. But you know, the paperwork, it’s my daughter Nathalie who handles it. Me and numbers, apart from the lottery ones… I’ll talk to her about it on Sunday over lunch, and I’ll call you back. Eh, is that all right with you?
    .alt1 = That suits me, in principle. But I don’t commit to anything without Nathalie, my daughter: she’s been doing my accounts since the bank went online. Let me talk to her this weekend, I’ll call you back next week, I promise!
# source: 36d789cf2bf8f043
daughter-wait_call = Of course, take the time to talk it over with your daughter, and call me back whenever you like.
    .feedback = You accept the delaying objection without handling it: this is the classic vague promise, and the previous call showed he does not call back. He agreed in principle: the dates had to be set now.
# source: a13f647410c3bc4c
daughter-fake_fees = Be careful, Mr Rigaud: by Sunday, collection fees will be added to your file. Better to decide right away.
    .feedback = This is false and forbidden: amicable collection fees cannot be charged to a private customer. Even if fear makes him give in, it is a serious breach, and the trust is broken.
# source: 3acedcbfe703b2bc
daughter-handle_daughter = It’s only natural to want Nathalie’s opinion. If I understand correctly, the solution suits you, and it’s the paperwork you’d rather leave to her. I suggest we set the dates together now; I’ll then send you a written summary that you can show her on Sunday. That way the matter is settled amicably and the reminders stop. Does that suit you?
    .feedback = You reformulate the objection to isolate its real motive, answer it with a solution (the written summary for his daughter), present positive consequences and finish with a closed question. The delaying objection is handled without pressure.

## conclure

# source: 54a5299f8d9c2a0e
fix_dates = Well, all right, you win: let’s do it now! Hang on, let me get something to write with… There are always three pens in the pot and never one that works! Ah, the one from the bank. Speaking of the bank, they’ve changed my adviser again, the third in two years. The last one was Théo’s age, I swear!
    .alt1 = Ah, put like that… All right, let’s go! I’ll write it on the post office calendar, the one with the kittens, Simone chose it. Wait, my pen… it’s the one from the bank. Mind you, the bank, the postman, nothing’s the same any more, everything keeps changing…
# source: 34bf1dbe2cb30151
fix_dates-propose_dates = Take your time. Since your pension comes in on the 9th, I suggest the 10th of each month: €128.80 on 10 June, 10 July and 10 August. Do those dates suit you?
    .feedback = You let the anecdote pass without reviving it, reuse what he told you about his pension to set realistic dates, and a closed question calls for the commitment: a precise conclusion that fits him.
# source: f95ce358b3a2b2f1
fix_dates-open_when = When could you make the first payment, and the next ones?
    .feedback = In the conclusion, with a customer who digresses, an open question hands him back the lead: he may drift off about his bank instead of giving a date. Propose precise dates and ask him to confirm them.
# source: 68c9a5546ef95741
fix_dates-bank_chat = Three advisers in two years? Ah, banks, it’s always the same, you never know who to talk to any more!
    .feedback = Just when the dates are to be set, you revive the subject of the bank: you lose the benefit of his agreement and the time left before his taxi.
# source: 0efb5da9449a3f7c
fix_dates-hurry_up = Mr Rigaud, we haven’t got all day: find a pen that works and write this down.
    .feedback = Impatience shows in every word: he feels pushed around at the very moment he had just agreed. Proposing dates, calmly, would have been enough to recentre.

# source: d08700205d2d105a
bank_detour = The bank’s pen, yes… Ah, the bank! Let me tell you: the previous adviser, Mr Vidal, knew everybody, he’d ask after Simone. The new one suggested an app! An app, to me! I told him: “Young man, I’ve got my chequebook, and it works without a battery!”
    .alt1 = Wait, wait… The bank, now that’s a story. We used to have Mr Vidal, a charming man, he even came to his customers’ funerals! Now it’s a youngster who talks to me about “two-factor authentication passwords”. Two-factor what? I’ve got my chequebook, that’s enough for me.
# source: 1f6f478f937485f4
bank_detour-apps_chat = Ah, these apps, it’s true they’re not always easy. You’re quite right to keep your chequebook!
    .feedback = You prolong the digression at the moment of concluding: the taxi may arrive before a single date has been set.
# source: 43e7c89e1f336c99
bank_detour-mock_adviser = I couldn’t care less about your bank adviser, sir. Get back to your invoice.
    .feedback = You snub him: he closes up and hides behind “I’ll see with my daughter”. Yet his chequebook offered you a ready-made transition.
# source: 937f880df25e3840
bank_detour-dates_again = Your chequebook, that’s handy! If I sum up, your pension comes in on the 9th: I suggest €128.80 on 10 June, 10 July and 10 August. Does that suit you?
    .feedback = You bounce off his own words (the chequebook) to recentre, reformulate the day his pension arrives, and a closed question sets the dates: an elegant recovery.

# source: 0ee63a846b4a8deb
payment_method = There, it’s written down: the 10th, just after the pension, that way there’s no risk of forgetting. And how do I pay? I like cheques, you can see what you’re doing. Théo says it’s prehistoric, but Théo thinks money grows in telephones!
    .alt1 = The 10th, the 10th, the 10th… I’m writing it big, in red. And how do I pay you? By cheque, is that all right? Because transfers are Nathalie’s job, and you have to catch her between two meetings!
# source: fdb1c9aab9f66ebb
payment_method-card_now = Cheques are old hat. Give me your card number right now instead, it’s safer for you.
    .feedback = “It’s safer for you” is false and hides your own interest: this is manipulative pressure. An elderly customer asked for his card number over the phone immediately thinks of a scam.
# source: 7c2c737033683c6e
payment_method-confirm_cheque = A cheque is perfect. Make it payable to Thermi-Service Auvergne, with the reference TSA-2026-1174 on the back, and send it to the address on the invoice. Do you have that address in front of you?
    .feedback = You accept the payment method that reassures him and specify every practical detail (payee, reference, address); the closed question checks he has everything he needs. A precise commitment is a commitment kept.
# source: 5f57340b9f340af7
payment_method-whatever = Oh, as you like, Mr Rigaud: cheque, transfer, whenever suits you, there’s no rush.
    .feedback = “Whenever suits you” undoes in one sentence the dates you had just set. Concluding means being precise: payment method, amount, date.

# source: 0cef082705228705
scam_worry = My card number? Over the phone? Oh no, no, no! They’re always saying it on the telly, phone scams! What proves you’re really from… what was it again? Nathalie told me never to give out my card!
    .alt1 = My bank card? Whoa, hang on… That smells like a scam. Last month the lady next door got caught like that, €800 gone! I’m not giving anything, me!
# source: afdb7e9b974f54a3
scam_worry-reassure_cheque = You’re quite right to be careful, and Nathalie gives you good advice. If I understand you, it’s giving your card over the phone that worries you: so let’s keep the cheque, payable to Thermi-Service Auvergne, with the reference TSA-2026-1174 on the back. You can also call Thermi-Service on the number on your invoice to check who I am. Does that reassure you?
    .feedback = You validate his caution instead of fighting it, reformulate his fear and answer it concretely (the cheque, checking with the creditor). Trust comes back, and the commitment holds.
# source: b567dbfad06e6a18
scam_worry-insist_card = If you don’t give me your card now, your file will go to litigation this very evening.
    .feedback = False urgency and pressure on a frightened customer: exactly how a fraudster behaves. He has every reason to hang up.
# source: d0f91ee056e492b9
scam_worry-give_up = Well, never mind, do as you like, send whatever you can.
    .feedback = You abandon the dates and the amount you had set together: only a vague promise remains. All you had to do was go back to the cheque he suggested himself.

# source: 9a3f93fe68117615
final_digression = Hang on, I’m writing… T-S-A… 2026… Oh, look, there’s Mr Pelletier, the neighbour, going past the window with his leaf blower. He’s waving! Do you want me to put him on? He’s the one who recommended Thermi-Service, he knows them well!
    .alt1 = Written down, with the number on the back. Oh, someone’s at the door… It’s Mr Pelletier, the neighbour, bringing back my newspaper. Come in, come in! Here, do you want a word with him? He’s very good with paperwork, he used to work at the tax office!
# source: 83e5e326b18d9912
final_digression-pass_neighbour = Oh, why not, put him on! He can help you remember the payment dates for your invoice.
    .feedback = Talking about the debt to a third party, even a well-meaning neighbour, breaches confidentiality: it is a serious breach. And you are still following the digression instead of concluding.
# source: e60e0c8ff5ac1a10
final_digression-just_bye = No thank you, there’s no need. Perfect, then, it’s settled: have a good day, Mr Rigaud, and enjoy your physio!
    .feedback = You rightly decline, but you hang up without a recap. With a customer who scatters, the recap is what fixes the commitment: without it, the dates may evaporate.
# source: fc49c144ba1f3170
final_digression-recap = Thank you, that’s kind, but this file stays between us, Mr Rigaud. Let me recap: three cheques of €128.80, payable to Thermi-Service Auvergne, on 10 June, 10 July and 10 August, with the reference TSA-2026-1174 on the back. Is that what you’ve written down?
    .feedback = You tactfully decline to involve the neighbour, which protects confidentiality, then the full recap (amounts, dates, payee, reference) and the closed question seal the agreement.

# source: 371a6c0db1f58c8c
neighbour_blunder = There, he’s gone… But you told Pelletier about my invoice! He’ll tell the whole estate that Marcel Rigaud needed a debt collection agency! Me, who has always paid everything on the nail… You could have been more discreet, really!
    .alt1 = Right, he’s gone. Do you know what he said to me on his way out? “So, Marcel, got debts, have we?” In front of his wife! I’m mortified. You had no business telling him that!
# source: d51e71454ce876bf
neighbour_blunder-own_mistake = You’re right, Mr Rigaud, I shouldn’t have mentioned it to your neighbour, and I apologise: this file concerns you alone. Let me recap: three cheques of €128.80, payable to Thermi-Service Auvergne, on 10 June, 10 July and 10 August, with the reference TSA-2026-1174 on the back. Is that what you’ve written down?
    .feedback = You own the mistake plainly and acknowledge his shame, then come back to the essentials with a precise recap. This saves the agreement, not the breach: it stays on record.
# source: 11ce87d653f87948
neighbour_blunder-deny = You’re the one who wanted to put him on, sir. It’s not my fault.
    .feedback = Blaming the customer makes the breach worse: it was up to you to protect the confidentiality of his debt. He feels humiliated a second time.
# source: 54701433b152bfab
neighbour_blunder-laugh_off = Oh, it’s nothing, everyone has a few little debts, you know!
    .feedback = You play down his shame instead of acknowledging it, and you do not come back to the commitment: the end of the call is botched, and the dates get muddled.

# source: a3cbe399ced17591
goodbye = All good, I’ve written it in big letters on the calendar, next to Lou’s birthday. You’ll still send me a little something in writing? Because, you know, words fly away, and my memory with them!
    .alt1 = Perfect, written down, and underlined twice! You’ll put that in writing, eh? Nathalie will ask me for proof, she’s worse than a tax inspector!
# source: 8c4967cdc21ebb76
goodbye-chat_again = Oh, there’s no rush, we’ve still got a bit of time before your taxi! I’m enjoying our chat.
    .feedback = The agreement is reached, and you reopen the door to digressions instead of confirming the written summary he asks for: the dates may get lost in the conversation.
# source: 8d39d3e07a3faa68
goodbye-confirm_letter = Of course: I’ll send you a letter today setting out these three dates and amounts, and you can show it to Nathalie. Do you have any other question before your taxi arrives?
    .feedback = You announce the written confirmation, which reassures the customer and his daughter, and a last closed question ends the call courteously, in time for his taxi.
# source: 34b52ab48294256c
goodbye-no_letter = No, that’s not possible, we don’t send letters for that. Your word will be enough.
    .feedback = “That’s not possible” shuts the discussion down, and it is wrong: a written confirmation is part of a good conclusion. Without it, he may forget the dates.

## endings

# source: 12b83133a4b9c13d
plan_agreed = No, no, it’s all clear! Thank you, madam, you’re very kind, and patient too. Right, I’ll let you go, I can hear the taxi hooting. Have a good day!
    .alt1 = It’s all crystal clear! You know, that’s the first time anyone’s sorted something out with me on the phone without me telling my whole life story. Thank you, and have a good day, madam!
    .outcome = Mr Rigaud commits to settling invoice TSA-2026-1174 with three cheques of €128.80, on 10 June, 10 July and 10 August, just after his pension arrives. The plan fits his capacity of 130 to 140 euros a month, a confirmation letter goes out today, and the call ended on time and in good spirits.
# source: 25d2e8586cf70ca1
forgotten_dates = The 10th… or was it the 12th? Well, I’ll find it. I’ll send you a cheque, cross my heart! Oh, the taxi’s hooting, I’m off. Goodbye, madam!
    .alt1 = Three cheques of… how much was it again? Oh, never mind, I’ll look at the invoice. I’ll see to it, eh, a Rigaud’s word! Right, goodbye!
    .outcome = Mr Rigaud promises to pay, but without a recap or a clear confirmation he has already mixed up the dates and amounts. The commitment is fragile: another reminder will probably be needed.
# source: 4e6e5f4e34d005b6
vague_promise = Well, listen, I’ll look into it with my daughter Nathalie, she handles the paperwork. I’ll send you something, I promise! Right, have a good day, eh!
    .alt1 = Listen, I’ll talk to Nathalie on Sunday, and we’ll send you a little something. Don’t you worry, I’m a man of my word! Goodbye, madam.
    .outcome = No date, no amount: Mr Rigaud promises “something” after talking to his daughter. It is the typical vague promise of the talkative customer; the previous call ended the same way.
# source: 1ef9c18aecd78476
out_of_time = Oh, the doorbell! It’s the taxi for the physio, already? Well, we didn’t see the time go by! It was very pleasant chatting… But by the way, what were you calling about again? Call me back, eh! Goodbye!
    .alt1 = Goodness, eleven o’clock! The taxi’s at the door, I have to dash. We had a nice chat, didn’t we? You’ll call me back for the rest. Goodbye, madam!
    .outcome = The time ran out in digressions: the taxi arrived before anything was settled. No commitment, and one more call to plan. The talkative customer does not refuse to pay: it is the conversation that was not steered.
# source: 9aa94a2400f531f0
hangs_up = Oh no, I won’t have it! I won’t be spoken to in that tone, at my age. Goodbye, madam!
    .alt1 = I’ve always spoken to you politely, I have. Since that’s how it is, I’m hanging up. Goodbye!
    .outcome = Mr Rigaud, hurt, hung up. A customer in good faith who wanted to pay has turned hostile: the relationship needs rebuilding, and the file has not moved forward.
