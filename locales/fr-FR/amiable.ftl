# Textes d'Amiable lui-même (terminal, bilans). Les textes des scénarios sont dans <scenario>.ftl.

## Compétences
competency-empathy = Empathie
competency-reformulation = Reformulation
competency-desc = DESC
competency-assertiveness = Assertivité
competency-questioning = Questionnement
competency-call_structure = Structure d’appel (4 C)
competency-positive_language = Langage positif
competency-objection_handling = Traitement des objections
competency-negotiation = Négociation
competency-diagnosis = Diagnostic et orientation
competency-compliance = Conformité

## Pourquoi une réponse a compté (preuves)
why-empathy-shown = Le débiteur exprimait une émotion ou une difficulté : vous l’avez reconnue sans juger et sans céder.
why-empathy-gives-in = Vous avez reconnu sa situation, mais en cédant : c’est de la compassion, pas de l’empathie.
why-empathy-hostile = Face à son émotion, votre réponse était hostile au lieu de la reconnaître.
why-empathy-missed = Le débiteur exprimait une émotion ou une difficulté, et vous ne l’avez pas reconnue alors qu’une réponse empathique était possible.
why-reformulation-shown = Vous avez reformulé ce que le débiteur venait de dire : il se sent écouté et vous vérifiez votre compréhension.
why-reformulation-missed = Le débiteur venait d’expliquer sa position ; une reformulation aurait montré votre écoute.
why-assertiveness-shown = Sous la pression, vous avez posé votre position et vos limites en respectant l’autre.
why-assertiveness-neutral = Sous la pression, vous n’avez ni cédé ni posé clairement votre position.
why-assertiveness-passive = Réponse passive : vous cédez ou évitez au lieu d’affirmer votre position.
why-assertiveness-aggressive = Réponse agressive : vous attaquez ou menacez au lieu d’affirmer calmement votre position.
why-assertiveness-manipulative = Réponse manipulatrice : culpabilisation, fausse urgence ou intention cachée.
why-question-open-understands = Question ouverte au moment de comprendre : elle fait parler le débiteur de sa situation.
why-question-closed-early = Question fermée trop tôt : au moment de comprendre, une question ouverte en apprend davantage.
why-question-closed-recentres = Question fermée face à une digression : elle recentre l’échange avec courtoisie.
why-question-open-digression = Question ouverte face à une digression : elle relance le bavardage au lieu de recentrer.
why-question-closed-concludes = Question fermée pour conclure : elle obtient un engagement précis.
why-question-open-late = Question ouverte au moment de conclure : elle rouvre la discussion au lieu d’obtenir un engagement.
why-question-leading = Question orientée : elle force la réponse au lieu de la recueillir.
why-question-missed = Une question était possible ici et vous n’en avez pas posé.
why-wording-positive = Formulation positive : des mots qui ouvrent (« je vous propose », « solution »).
why-wording-neutral = Formulation neutre : ni mots qui ouvrent, ni mots à éviter.
why-wording-negative = Mots à éviter (« problème », « vous devez », « calmez-vous »…) : ils ferment l’échange.
why-objection-handled = Objection traitée : reconnue, questionnée, puis une réponse positive, souple et ferme.
why-objection-gives-in = Vous avez traité l’objection, mais en cédant sur le fond.
why-objection-missed = Le débiteur objectait, et votre réponse n’a pas traité l’objection.
why-negotiation-counterpart = Vous avez demandé une contrepartie à votre concession.
why-negotiation-consequences = Vous avez exposé calmement et honnêtement les conséquences d’un désaccord.
why-negotiation-recap = Vous avez récapitulé précisément l’accord.
why-negotiation-concedes = Vous avez concédé sans rien obtenir en échange.
why-negotiation-missed = Un levier de négociation (contrepartie, conséquences, récapitulatif) était possible ici.
why-negotiation-false-threat = Une conséquence fausse ou illégale n’est pas un levier de négociation : c’est une faute.
why-diagnosis-shown = Vous avez fait le point sur la situation financière (revenus, charges, reste à vivre).
why-diagnosis-orients = Vous avez orienté le débiteur vers une aide adaptée.
why-diagnosis-missed = Faire le point sur le budget ou orienter vers une aide était possible ici.
why-desc-describe = DESC – Décrire : les faits, objectivement.
why-desc-express = DESC – Exprimer : l’impact ou le ressenti, après les faits.
why-desc-specify = DESC – Spécifier : la solution attendue, dans l’ordre.
why-desc-consequences = DESC – Conséquences : positives d’abord, pour conclure le message.
why-desc-describe-late = DESC – les faits sont venus après d’autres étapes : décrivez d’abord.
why-desc-express-late = DESC – le ressenti est venu hors de l’ordre (après la solution ou les conséquences).
why-desc-specify-late = DESC – la solution est venue après les conséquences.
why-desc-consequences-early = DESC – les conséquences sont venues avant les faits ou la solution : cela sonne comme une menace.
why-desc-describe-missing = DESC – vous n’avez jamais décrit les faits alors que c’était possible.
why-desc-express-missing = DESC – vous n’avez jamais exprimé l’impact alors que c’était possible.
why-desc-specify-missing = DESC – vous n’avez jamais spécifié la solution attendue alors que c’était possible.
why-desc-consequences-missing = DESC – vous n’avez jamais présenté les conséquences alors que c’était possible.
why-structure-no-call = Aucun échange : l’appel n’a pas eu lieu.
why-structure-identified = Contact : vous vous êtes identifié(e) dès la première réponse (vous, votre société, le créancier, la référence).
why-structure-identified-late = Contact : identification tardive, elle doit venir dès la prise de contact.
why-structure-not-identified = Contact : vous ne vous êtes jamais identifié(e).
why-structure-understood-first = Comprendre avant convaincre : vous avez cherché à comprendre la situation avant d’argumenter.
why-structure-convinced-too-early = Vous avez cherché à convaincre avant de comprendre la situation du débiteur.
why-structure-never-understood = Vous n’avez jamais pris le temps de comprendre la situation.
why-structure-in-order = Les étapes se sont enchaînées sans en sauter aucune.
why-structure-skipped-step = Une étape des 4 C a été sautée à ce moment de l’appel.
why-structure-recap = Conclure : vous avez récapitulé l’engagement (montant, date, moyen de paiement).
why-structure-concluded-no-recap = Conclure : vous avez conclu sans récapituler l’engagement.
why-structure-no-conclusion = L’appel s’est terminé sans conclusion.
why-structure-no-conclusion-failed = L’appel a échoué avant toute conclusion.
why-compliance-clean = Aucun manquement : pas de fausse menace, pas de frais indus, pas de divulgation, pas d’insulte.
why-compliance-breach = Manquement : menace fausse ou illégale, frais réclamés à tort, divulgation à un tiers, insulte ou harcèlement.
why-relational-discourteous = Le débiteur a vécu un appel peu courtois.
why-relational-not-listened = Le débiteur ne s’est pas senti écouté.
why-relational-unrealistic = La solution dépasse les moyens du débiteur : elle risque de ne pas être tenue.
why-relational-not-oriented = Le débiteur était fragile et n’a pas été orienté vers une aide.

## Objectifs des formations
objective-listen = Développer une écoute constructive
objective-observe_without_judging = Observer sans juger
objective-receive_criticism = Recevoir et répondre à la critique et à l’agressivité verbale
objective-say_no = Savoir dire non en respectant ses besoins et ceux de l’autre
objective-convince = Convaincre avec des mots qui ouvrent
objective-realistic_solution = Proposer une solution concrète et réaliste des deux côtés
objective-conclude_agreement = Conclure par un accord
objective-master_emotions = Maîtriser ses émotions
objective-structure_call = Structurer l’appel (4 C)
objective-handle_objections = Traiter les objections
objective-negotiate_plan = Négocier un plan qui sera tenu
objective-respect_the_law = Recouvrer dans le respect de la loi et de l’éthique

status-shown = acquis
status-partly = en cours
status-not_shown = à travailler
status-not_assessed = non évalué

## Conseils
advice-empathy = Quand le débiteur exprime une émotion ou une difficulté, nommez-la avant toute chose : « Je comprends que cette période soit difficile pour vous. » Sans juger, et sans renoncer à la dette.
advice-reformulation = Après une explication, redites-la avec vos mots : « Si je comprends bien, vous… ». Le débiteur se sent écouté et vous vérifiez votre compréhension.
advice-desc = Pour un message difficile, suivez le DESC dans l’ordre : décrire les faits, exprimer l’impact, spécifier la solution, présenter les conséquences (positives d’abord).
advice-assertiveness = Face à la pression, ni céder ni attaquer : « Je ne peux pas annuler cette dette ; en revanche, je peux vous proposer… »
advice-questioning = Questions ouvertes pour comprendre, questions fermées pour recentrer un bavard et pour conclure.
advice-call_structure = Suivez les 4 C : contact (identification, référence), comprendre, convaincre, conclure avec un récapitulatif précis.
advice-positive_language = Remplacez « problème », « il faut », « vous devez » par « je vous propose », « solution », « je m’engage à ».
advice-objection_handling = Reconnaissez l’objection, reformulez-la, questionnez, puis répondez par un argument positif : souplesse sur la forme, fermeté sur le fond.
advice-negotiation = Fixez objectif et marges avant l’appel, demandez une contrepartie à chaque concession, exposez calmement les conséquences, récapitulez l’accord.
advice-diagnosis = Faites le point sur les revenus, les charges, les autres dettes et le reste à vivre avant de proposer un plan ; orientez les débiteurs fragiles vers une aide.
advice-compliance = Pas de fausse menace (une saisie exige un titre exécutoire), pas de frais de recouvrement amiable réclamés à un consommateur, pas de divulgation à un tiers.

## Issue de l’appel
result-full_payment = Paiement intégral
result-payment_plan = Échéancier accepté
result-promise = Promesse de paiement
result-hang_up = Le débiteur a raccroché
result-escalation = Passage au contentieux
result-refusal = Refus
result-unfinished = Appel interrompu
outcome-realistic = L’accord est réaliste au regard des moyens du débiteur.
outcome-unrealistic = L’accord dépasse les moyens du débiteur : il risque de ne pas être tenu.
outcome-beyond-margins = L’accord sort des marges fixées avant l’appel.
outcome-realism-unknown = Le dossier ne permet pas de dire si l’accord est réaliste.
outcome-no-agreement = Aucun accord n’a été obtenu.
outcome-unfinished = L’appel n’est pas allé jusqu’au bout.
schedule-upfront = { $amount } tout de suite
schedule-monthly = { $months } mensualités de { $amount }

## Appel
phase-contact = Contact
phase-comprendre = Comprendre
phase-convaincre = Convaincre
phase-conclure = Conclure
mood-angry = colère
mood-annoyed = agacement
mood-wary = méfiance
mood-calm = calme
mood-relieved = soulagement
mood-worried = inquiétude
difficulty-easy = facile
difficulty-medium = intermédiaire
difficulty-hard = difficile
channel-letter = courrier
channel-email = courriel
channel-sms = SMS
channel-phone = téléphone
channel-formal-notice = mise en demeure

briefing-heading = Dossier avant l’appel
briefing-debtor = Débiteur :
briefing-creditor = Créancier :
briefing-amount = Montant dû :
briefing-reference = Référence :
briefing-due-date = Échéance :
briefing-reminders = Relances :
briefing-history = Historique :
briefing-objective = Objectif :
briefing-margins = Marges :

play-seed = Graine de cet appel : { $seed } (rejouez-le à l’identique avec --seed { $seed }).
play-decision = Décision
play-call-ended = — Fin de l’appel —
play-prompt = Votre réponse (1 à { $count }, q pour quitter) : 
play-invalid = Tapez le numéro d’une des réponses proposées.
play-quit = Appel interrompu, sans bilan.
play-choice-out-of-range = la réponse { $choice } n’existe pas à la décision { $decision } : choisissez entre 1 et { $count }
menu-welcome = Amiable — entraînement au recouvrement amiable. Choisissez un appel :
menu-prompt = Votre choix (1 à { $count }, q pour quitter) : 
list-broken = { $path } contient des erreurs ; lancez « amiable check » pour les voir.

## Bilan
report-heading = Bilan de l’appel
report-outcome = Résultat :
report-relational = Expérience relationnelle :
report-relational-parts = courtoisie { $courtesy }, écoute { $listening }, solution adaptée { $solution }
report-overall = Score global :
report-competencies = Compétences
report-not-assessed = non évaluée dans cet appel
report-turn = tour
report-target-legend = compétence visée par ce scénario (preuves détaillées)
report-strengths = Points forts :
report-to-work-on = À travailler
report-objectives = Objectifs de formation
report-feedback = Retour sur vos choix
report-better = Mieux :
report-replay = { $turns } réponses. Rejouer cet appel : amiable play { $scenario } --seed { $seed } --choices { $choices }

## Application
app-tagline = Entraînement aux appels de recouvrement amiable
lang-fr = Français
lang-en = English
settings-text-size = Taille du texte
settings-volume = Son : { $volume } %
settings-muted = Son coupé
settings-mute = Couper le son
settings-unmute = Rétablir le son
settings-timer-on = Chrono : { $seconds } s
settings-timer-off = Chrono : non
home-problems = Fichiers à corriger
home-broken = { $path } contient des erreurs ; la dernière version correcte reste jouable.
home-best = Meilleur score : { $score }/100
home-not-played = Pas encore joué
home-trains = Compétences travaillées :
home-prepare = Préparer l’appel
briefing-call = Appeler
action-back = Retour
call-keys-hint = Touches 1 à 9 pour répondre, Espace pour afficher la réplique, Échap pour quitter.
call-keys-hint-free = Tapez votre réponse puis Entrée, Échap pour quitter.
call-see-debrief = Voir le bilan
call-mood = Humeur : { $mood }
call-countdown = Répondez : { $seconds } s
debrief-replay = Rejouer
debrief-next = Suivant : { $title }
debrief-catalogue = Catalogue
debrief-breach = Manquement à la conformité : score plafonné.
debrief-seed = Graine { $seed }
relational-courtesy = Courtoisie
relational-listening = Écoute
relational-solution = Solution adaptée
debrief-good-answer = Bonne réponse
debrief-could-do-better = Une meilleure réponse existait
call-ringing = Ça sonne… (Espace pour passer)
settings-trainer-on = Mode formateur : oui
settings-trainer-off = Mode formateur : non
home-trainer-diagnostics = Mode formateur : diagnostics de tous les scénarios (comme « amiable check »)
home-trainer-clean = Aucun problème dans les scénarios.
call-trainer-node = Nœud : { $node }

## Réponses libres
technique-empathy = empathie
technique-reformulation = reformulation
technique-open_question = question ouverte
technique-closed_question = question fermée
technique-leading_question = question orientée
technique-cushion = formule coussin
technique-desc_describe = DESC : décrire les faits
technique-desc_express = DESC : exprimer l’impact
technique-desc_specify = DESC : spécifier la solution
technique-desc_consequences = DESC : conséquences
technique-assertive = affirmation de soi
technique-passive = passivité
technique-aggressive = agressivité
technique-manipulative = manipulation
technique-say_no = dire non
technique-positive_wording = mots qui ouvrent
technique-negative_wording = mots à éviter
technique-objection_handling = traitement de l’objection
technique-counterpart = contrepartie
technique-consequences = conséquences d’un désaccord
technique-recap = récapitulatif
technique-diagnosis = diagnostic financier
technique-orientation = orientation vers une aide
technique-identification = présentation
technique-compliance_breach = manquement à la conformité
free-rephrase = Pardon ? Je ne suis pas sûr de vous suivre. Vous pouvez reformuler ?
    .alt1 = Excusez-moi, je n’ai pas compris ce que vous voulez dire. C’est-à-dire ?
    .alt2 = Je ne vois toujours pas où vous voulez en venir…
free-detected = Détecté :
free-detected-none = aucune technique reconnue
free-understood = Compris comme : { $answer }
free-understood-how = Compris comme la réponse prévue la plus proche (correspondance { $percent } %).
free-unclear = Réponse non comprise (correspondance { $percent } %) : l’appel a pris la branche prévue pour une réponse confuse.
free-closest = Toujours pas comprise après { $tries } demandes de reformulation : la réponse prévue la plus proche a été retenue (correspondance { $percent } %).
free-rephrased = { $tries ->
        [one] Le débiteur vous a d’abord demandé de reformuler.
       *[other] Le débiteur vous a d’abord demandé de reformuler { $tries } fois.
    }
free-tries-left = { $tries ->
        [0] Si la prochaine réponse n’est toujours pas comprise, la réponse prévue la plus proche sera retenue.
        [one] Encore un essai avant que la réponse prévue la plus proche ne soit retenue.
       *[other] Encore { $tries } essais avant que la réponse prévue la plus proche ne soit retenue.
    }
free-your-words = Vos mots :
free-better = Une réponse prévue aurait fait mieux :
free-prompt = Votre réponse, avec vos mots (q pour quitter) : 
free-empty = Tapez votre réponse, puis Entrée.
free-not-here = Ici, choisissez l’une des réponses proposées.
free-placeholder = Tapez votre réponse, puis Entrée…
settings-free-on = Réponses libres : oui
settings-free-off = Réponses libres : non
