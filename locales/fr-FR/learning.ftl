## Le carnet d’apprentissage : profils, tentatives, progression, questionnaire, rapports.

## Profils
profile-created = Profil « { $name } » créé.
profile-deleted = Profil « { $name } » supprimé, avec toutes ses tentatives.
profile-none = Aucun profil pour l’instant. Créez-en un : amiable profile create PSEUDO
profile-list-header = Profils enregistrés dans { $dir } :
profile-line = { $name } — { $attempts } tentative(s), créé le { $created }
profile-delete-confirm = Supprimer le profil « { $name } » et ses { $attempts } tentative(s) ? Tapez oui pour confirmer :
profile-delete-kept = Rien n’a été supprimé.
profile-recording = Appel enregistré dans le profil « { $name } » (tentative n° { $number }).
profile-not-recording = Appel non enregistré : ajoutez --profile PSEUDO pour garder vos résultats.
profile-resume-offer = Un appel interrompu de { $scenario } ({ $answers } réponse(s) données) peut reprendre. Reprendre ? (o/n)
profile-resumed = Reprise de l’appel interrompu après { $answers } réponse(s).
profile-resume-failed = L’appel interrompu ne peut pas reprendre ({ $why }) ; il est abandonné.

## Modes
mode-practice = Entraînement
mode-exam = Examen
mode-positioning = positionnement
mode-exam-rules = Examen : ni indice ni commentaire pendant l’appel, { $seconds } s pour répondre (sinon la pire réponse est jouée), pas de recommencement.
mode-exam-feedback-withheld = Examen : le détail réponse par réponse est réservé au formateur.
mode-exam-timed-out = Temps écoulé : la réponse la moins adaptée a été jouée.
mode-exam-abandoned = Examen interrompu : la tentative est enregistrée comme inachevée.
hint-header = Indice :
feedback-header = Commentaire :

## Indices d’entraînement, selon ce que fait le débiteur
hint-emotion = Le débiteur exprime une émotion : accueillez-la avant d’avancer (empathie).
hint-difficulty = Il évoque une difficulté : questionnez et reformulez pour la comprendre.
hint-fragility = Il semble fragile : écoutez, évitez toute pression, pensez à l’orienter vers une aide.
hint-attack = Il vous attaque : ne ripostez pas ; recevez la critique, puis DESC et une limite claire.
hint-demand = Il exige quelque chose : dites ce qui est possible, et ce qui ne l’est pas, sans agressivité.
hint-drop_request = Il demande d’abandonner la dette : sachez dire non en proposant une autre voie.
hint-objection = C’est une objection : reconnaissez-la, reformulez, questionnez, puis argumentez positivement.
hint-digression = Il s’égare : recentrez poliment, par une question fermée ou un résumé.
hint-explains = Il explique sa situation : reformulez pour montrer que vous avez compris.
hint-bargain = Il négocie : demandez une contrepartie à toute concession, restez dans vos marges.
hint-ready = Il est prêt à conclure : obtenez un engagement précis et récapitulez-le.

## Historique et progression
history-header = Historique { $elide ->
    [yes] d’{ $name }
   *[no] de { $name }
} : { $count } tentative(s)
history-empty = Aucune tentative enregistrée pour « { $name } ».
history-line = n° { $number } · { $date } · { $title } · { $mode } · { $score }/100 · { $duration }
history-unfinished = inachevé
progress-header = Ce qui a été appris
progress-columns = Compétence · positionnement · dernier · meilleur
progress-objectives = Objectifs du stage
progress-next = À travailler ensuite : { $title } ({ $competency })
progress-next-first = Pour commencer : { $title }
progress-not-yet-assessed = pas encore évalué
acquisition-acquired = acquis
acquisition-in_progress = en cours
acquisition-not_yet = pas encore
acquisition-rule = Acquis : montré lors du dernier appel qui l’évalue et d’au moins deux des trois derniers. En cours : montré ou en partie au moins une fois sur ces trois. Pas encore : sinon.

## Questionnaire de positionnement sur l’assertivité
quiz-assertiveness-title = Questionnaire de positionnement : assertivité
quiz-assertiveness-intro = Pour chaque affirmation, dites à quelle fréquence elle vous correspond au travail. Il n’y a pas de bonne réponse : répondez comme vous agissez, pas comme il faudrait agir.
quiz-scale = 1 jamais · 2 rarement · 3 souvent · 4 toujours
quiz-scale-1 = Jamais
quiz-scale-2 = Rarement
quiz-scale-3 = Souvent
quiz-scale-4 = Toujours
quiz-prompt = Votre réponse (1 à 4, q pour quitter) :
quiz-invalid = Tapez 1, 2, 3 ou 4.
quiz-quit = Questionnaire interrompu, rien n’a été enregistré.
quiz-saved = Résultat enregistré dans le profil « { $name } ».
quiz-result-header = Votre profil
quiz-dominant = Position dominante : { $position }
quiz-shared = Profil partagé à égalité entre { $positions } et { $last }
quiz-assertiveness-q01 = Quand un débiteur hausse le ton, je cède sur l’échéancier plutôt que de prolonger la tension.
quiz-assertiveness-q02 = Je sais dire non à une demande tout en proposant une autre solution.
quiz-assertiveness-q03 = Quand un débiteur me ment, je le lui fais sentir sans ménagement.
quiz-assertiveness-q04 = J’exagère un peu l’urgence pour obtenir un paiement plus vite.
quiz-assertiveness-q05 = J’exprime clairement ce que j’attends, sans hausser le ton.
quiz-assertiveness-q06 = Je m’excuse d’appeler, comme si je dérangeais.
quiz-assertiveness-q07 = Je fais sentir au débiteur qu’il devrait avoir honte pour qu’il accepte ma proposition.
quiz-assertiveness-q08 = Je coupe la parole pour aller plus vite.
quiz-assertiveness-q09 = J’ai du mal à refuser un délai, même quand je le sais irréaliste.
quiz-assertiveness-q10 = Quand on me critique, j’écoute jusqu’au bout avant de répondre sur les faits.
quiz-assertiveness-q11 = Face à une critique, je contre-attaque.
quiz-assertiveness-q12 = Je laisse entendre des conséquences plus graves que celles qui sont réellement prévues.
quiz-assertiveness-q13 = Je reconnais l’émotion du débiteur sans renoncer à l’objectif de l’appel.
quiz-assertiveness-q14 = Je repousse les appels que je sens difficiles.
quiz-assertiveness-q15 = Je flatte mon interlocuteur pour obtenir ce que je veux sans le lui demander franchement.
quiz-assertiveness-q16 = Je pense qu’un ton menaçant fait payer plus vite.
quiz-assertiveness-q17 = Quand je ne suis pas d’accord avec un collègue ou un responsable, je garde mon avis pour moi.
quiz-assertiveness-q18 = Je perds patience avec un débiteur qui répète les mêmes excuses.
quiz-assertiveness-q19 = Quand j’accorde un délai, je demande un engagement en retour.
quiz-assertiveness-q20 = J’obtiens un accord par des détours plutôt qu’en disant ce que j’attends.
position-passive = Passif
position-aggressive = Agressif
position-manipulative = Manipulateur
position-assertive = Assertif
position-passive-explained = Passif : vous évitez le conflit en cédant ou en vous effaçant. Le débiteur obtient des délais irréalistes, la relation semble paisible mais la créance n’avance pas, et la frustration s’accumule. À travailler : dire non en proposant autre chose, formuler vos attentes (DESC).
position-aggressive-explained = Agressif : vous imposez par la force (ton, reproches, menaces). Vous obtenez parfois une promesse, rarement tenue, et la relation se dégrade ; une menace infondée est aussi une faute. À travailler : recevoir la critique, décrire les faits sans juger, garder une limite ferme et calme.
position-manipulative-explained = Manipulateur : vous obtenez par des détours (culpabilité, fausse urgence, flatterie). Cela marche une fois, puis la confiance disparaît, et certaines pressions sont illégales. À travailler : dire franchement ce que vous attendez et annoncer des conséquences réelles.
position-assertive-explained = Assertif : vous affirmez vos besoins et vos limites en respectant ceux du débiteur. C’est la posture qui obtient des accords tenus tout en préservant la relation. À entretenir : l’empathie sans complaisance et la contrepartie à chaque concession.

## Dans l’application
record-profile = Profil :
record-no-profile = Sans profil
record-not-recorded = Sans profil, les appels ne sont pas enregistrés.
record-new-profile = + Nouveau profil
record-type-name = Tapez un pseudo puis Entrée (Échap pour annuler) : { $name }|
record-show-progress = Ma progression
record-quiz = Questionnaire d’assertivité
record-resume = Reprendre l’appel interrompu : { $title }
record-mode = Mode :
record-recorded = Tentative n° { $number } enregistrée dans le profil « { $name } ».
progress-title = Progression { $elide ->
    [yes] d’{ $name }
   *[no] de { $name }
}
progress-summary = { $attempts } tentative(s), dont { $exams } examen(s) · { $minutes } min d’appels
progress-empty = Aucun appel terminé pour l’instant : votre premier appel sur chaque scénario sera votre positionnement.
progress-choose-profile = Choisissez ou créez un profil sur le catalogue pour suivre votre progression.
progress-positioning = positionnement
progress-latest = dernier
progress-best = meilleur
progress-back = Retour au catalogue
progress-practise = S’entraîner : { $title }

## Rapports (amiable report)
learn-title = Carnet d’apprentissage { $elide ->
    [yes] d’{ $name }
   *[no] de { $name }
}
learn-meta = Profil créé le { $created } · rapport établi le { $generated }
learn-overall-trend = Score global, appel après appel (numéros de tentative)
learn-chart-legend = rond plein : entraînement · carré : examen · rond vide : positionnement
learn-trend = Évolution
learn-col-competency = Compétence
learn-col-positioning = Positionnement
learn-col-latest = Dernier
learn-col-best = Meilleur
learn-col-objective = Objectif
learn-col-state = État
learn-col-recent = Derniers appels qui l’évaluent
learn-quiz = Questionnaire de positionnement : assertivité
learn-quiz-taken = Dernières réponses le { $date } (scores de 0 à 100 par position)
learn-attempts = Tentatives
learn-no-attempt = Aucune tentative enregistrée.
learn-col-number = N°
learn-col-date = Date
learn-col-scenario = Scénario
learn-col-mode = Mode
learn-col-score = Score
learn-col-relational = Relationnel
learn-col-duration = Durée
learn-col-result = Issue
learn-col-attempts = Tentatives
learn-col-exams = Examens
learn-pass-rule = Un appel est réussi quand il va jusqu’au bout, obtient au moins { $mark }/100 et ne comporte aucun manquement à la loi ou à l’éthique.
learn-passed = réussi
learn-failed = non réussi
learn-unfinished = inachevé
learn-attempt-title = Tentative n° { $number } : { $title }
learn-attempt-meta = { $date } · { $mode } · durée { $duration } · graine { $seed } ·
learn-overall = Score global : { $score }/100
learn-relational = Expérience relationnelle : { $score }/100 (courtoisie { $courtesy }, écoute { $listening }, solution adaptée { $adapted })
learn-competencies = Compétences
learn-col-evidence = Ce qui l’a montré
learn-evidence-turn = Réponse { $turn }
learn-target-note = Étoile : compétence visée par ce scénario. Un tiret : la compétence n’a pas eu l’occasion d’être évaluée.
learn-strengths = Points forts
learn-work-on = À travailler
learn-objectives = Objectifs du stage dans cet appel
learn-answers = Réponse par réponse
learn-col-turn = N°
learn-col-said = Votre réponse
learn-col-feedback = Commentaire
learn-col-better = Réponse plus adaptée
learn-typed = Vous avez écrit : « { $text } »
learn-detected = Détecté : { $list }
learn-transcript = Transcription de l’appel
learn-speaker-debtor = Débiteur
learn-speaker-trainee = Vous
learn-footer = Établi par Amiable { $version }. Les données restent sur ce poste ; ce rapport ne contient que le pseudonyme du stagiaire.
learn-written = Rapport écrit dans { $path }
learn-trainer-copy = Exemplaire du formateur : il contient le détail réponse par réponse des examens, que l’exemplaire du stagiaire ne montre pas.
learn-lrs-sent = { $count } déclaration(s) xAPI envoyée(s) à { $url } (HTTP { $status }).

## Vue de groupe du formateur (amiable group)
group-title = Vue de groupe
group-meta = { $trainees } stagiaire(s), { $rows } ligne(s) stagiaire × scénario · établie le { $generated }
group-col-trainee = Stagiaire
group-count = Nombre
group-mean = Moyenne
group-sd = Écart-type
group-min = Minimum
group-max = Maximum
group-range = Min–max
group-spread = Moyenne et dispersion par compétence
group-overall-positioning = Score global au positionnement
group-overall-latest = Score global au dernier appel
group-note = Une ligne par stagiaire et par scénario : score global au positionnement (premier appel terminé), au dernier appel terminé et le meilleur ; chaque compétence au dernier appel terminé qui l’a évaluée. Un tiret : pas encore évaluée.
group-range-note = La bande va du plus faible au plus fort score du groupe, le trait marque la moyenne. L’écart-type est celui d’un échantillon (ECARTYPE d’un tableur).
group-written = Vue de groupe écrite dans { $path }
group-footer = Établie par Amiable { $version } à partir des exports que les stagiaires ont remis ; elle ne contient que leurs pseudonymes.
learn-save = Enregistrer mon rapport
learn-saved = Rapport enregistré (à ouvrir dans un navigateur pour l’imprimer) : { $path }
