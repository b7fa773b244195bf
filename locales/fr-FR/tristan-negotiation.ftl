## Cas Tristan : négocier un accord (formation « Chargé de recouvrement », 6 jours)

title = Cas Tristan : négocier un accord
summary = Tristan Morel, menuisier à son compte, doit 4 800 € à son fournisseur de bois ; il peut payer une partie et marchande tout : le délai, les pénalités, une remise.
briefing-debtor = Tristan Morel, 44 ans, menuisier-agenceur à Rezé, entrepreneur individuel (Menuiserie Morel), deux compagnons salariés. Client depuis six ans, bon payeur jusqu’à cette année. Il mène en ce moment un gros chantier de cuisines pour un promoteur.
briefing-creditor = Vous êtes Camille Durand, chargée de recouvrement chez Bois & Panneaux de l’Ouest, négociant en bois et panneaux à Carquefou. La facture FA-2026-1187 de 4 800 € TTC porte sur des panneaux de chêne, des plans de travail et de la quincaillerie livrés le 2 mai 2026, payables à 45 jours fin de mois, soit le 30 juin 2026. Le bon de commande et le bon de livraison, signé sans réserve, sont au dossier.
briefing-history = Relance par e-mail le 3 juillet. Appel le 16 juillet : M. Morel a promis de régler avant le 31 juillet, rien n’est arrivé. Lettre de relance le 6 août, nouvel e-mail le 1er septembre, sans réponse. Aucune réclamation sur la livraison n’a jamais été enregistrée, et aucune mise en demeure n’a encore été envoyée. Entre professionnels, les pénalités de retard (environ 120 € à ce jour) et l’indemnité forfaitaire de 40 € pour frais de recouvrement sont dues de plein droit (article L441-10 du code de commerce).
briefing-objective = Le règlement intégral des 4 800 € aujourd’hui, par virement. À défaut, le plus gros versement possible tout de suite et un échéancier court, sécurisé par prélèvement et confirmé par écrit.
briefing-margins = Jamais moins de 1 500 € versés aujourd’hui, jamais plus de quatre mensualités pour le solde, aucune remise sur le principal. Vous pouvez renoncer aux pénalités et à l’indemnité de 40 €, mais seulement en échange d’un engagement ferme (versement immédiat, prélèvement, échéances respectées). Sans accord : mise en demeure par lettre recommandée, puis requête en injonction de payer.

## Contact

opening = Menuiserie Morel, bonjour… Attendez, je coupe la scie. Voilà. Oui, j’écoute ?
    .alt1 = Allô, Morel ! Faites vite, j’ai un client qui m’attend sur le chantier.
    .alt2 = Oui, allô ? Menuiserie Morel, Tristan à l’appareil.
opening-identify = Bonjour Monsieur Morel, Camille Durand, du service recouvrement de Bois & Panneaux de l’Ouest. Je vous appelle au sujet de la facture FA-2026-1187 de 4 800 €, pour trouver une solution avec vous. Vous avez quelques minutes ?
    .feedback = Vous vous présentez, vous nommez l’entreprise, la facture et son montant, et vous ouvrez sur une solution à construire ensemble : le contact est posé sans agressivité.
opening-amount_first = Monsieur Morel ? Vous nous devez 4 800 € depuis le 30 juin. Il faut que ça cesse : je veux un virement aujourd’hui.
    .feedback = Vous attaquez sans vous présenter et sautez directement à l’exigence : « vous devez », « il faut » braquent le client avant même qu’il sache qui l’appelle.
opening-apologise = Bonjour… excusez-moi de vous déranger en plein travail, je suis vraiment désolée. C’est juste pour une petite facture, rien de grave, hein.
    .feedback = Vous vous excusez d’appeler, vous minimisez une dette de 4 800 € et vous ne vous présentez pas : vous donnez la main au client dès la première phrase.

defensive = Holà ! Vous êtes qui, d’abord ? On ne me parle pas sur ce ton, moi. Si c’est pour me faire engueuler, je raccroche.
    .alt1 = Eh, doucement ! Je ne sais même pas à qui je parle. Vous vous présentez, ou je raccroche ?
defensive-identify_calmly = Vous avez raison, je ne me suis pas présentée : Camille Durand, service recouvrement de Bois & Panneaux de l’Ouest. Je vous appelle au sujet de la facture FA-2026-1187. Je vous propose qu’on en parle calmement quelques minutes.
    .feedback = Vous reconnaissez l’oubli sans vous aplatir, vous vous identifiez avec la référence et vous ramenez l’échange sur l’objet de l’appel : c’est assertif, et cela désamorce.
defensive-escalate = Je vous parle comme on parle à quelqu’un qui ne paie pas ses factures. Ce n’est pas moi qui ai un problème, Monsieur Morel.
    .feedback = Vous répondez à l’agacement par une attaque personnelle : la tension monte encore, et le client n’a plus aucune raison de rester en ligne.
defensive-grovel = Oh pardon, pardon, je ne voulais pas vous brusquer… Oubliez ce que j’ai dit, on fera comme vous voudrez.
    .feedback = Après l’attaque, vous basculez dans l’excès inverse : vous vous excusez et vous abandonnez d’avance toute exigence. Le client prend la main.

takes_control = Ah, c’est pour la facture de bois… Bon, je vais vous faire simple : je vous envoie 300 € cette semaine, et le reste quand mon client m’aura payé. Ça vous va, comme ça ?
    .alt1 = La facture, je sais. Écoutez, c’est simple : 300 € dans la semaine, et le reste quand mon client me paiera. On fait comme ça ?
takes_control-recentre = Je me présente : Camille Durand, service recouvrement de Bois & Panneaux de l’Ouest, pour la facture FA-2026-1187 de 4 800 €. « Le reste quand vous pourrez », je ne peux pas l’accepter tel quel. Avant de parler de montants, dites-moi ce qui se passe avec ce client.
    .feedback = Vous rattrapez l’identification, vous refusez clairement une offre sans date et vous revenez à la compréhension par une question ouverte : vous reprenez la main sans brusquer.
takes_control-accept_300 = D’accord, 300 € cette semaine, c’est déjà bien. Pour le reste, on verra quand votre client aura payé.
    .feedback = Vous acceptez 300 € sur 4 800 €, sans date pour le solde, très loin sous la marge minimale de 1 500 € : c’est une promesse sans engagement, pas un accord.
takes_control-pressure = 300 € ? Je vais faire comme si je n’avais rien entendu. Si je transmets ça, ma responsable lance la procédure dès ce soir.
    .feedback = Vous inventez une urgence (« dès ce soir ») pour faire peur : c’est un bluff, le client le sait, et vous perdez votre crédibilité pour la suite.

## Comprendre

first_reaction = Oui, oui, la facture de mai, je sais. Je vais être franc avec vous : en ce moment c’est tendu, j’ai un gros client qui ne m’a pas payé. Ce que je peux faire, c’est vous envoyer un petit quelque chose maintenant, et le reste sur l’année.
    .alt1 = Je sais, je sais, je suis en retard. Mais là, j’ai un gros client qui me laisse sans un sou. Je peux vous faire un petit versement, et le reste, on l’étale sur un an.
    .alt2 = Ah, la facture… Écoutez, ce n’est pas de la mauvaise volonté : un gros client ne m’a pas réglé. Je vous envoie un petit quelque chose, et on étale le reste sur douze mois, d’accord ?
first_reaction-explore = Je comprends : un client important qui ne paie pas, ça met toute la trésorerie sous tension. Si je vous suis bien, vous êtes vous-même dans l’attente d’un règlement. Avant de parler d’échéances, expliquez-moi où vous en êtes : qui est ce client, combien vous doit-il, et quand doit-il payer ?
    .feedback = Vous reconnaissez la difficulté, vous reformulez et vous posez des questions ouvertes sur la trésorerie avant toute négociation : vous comprenez avant de convaincre, sans valider l’étalement sur un an.
first_reaction-accept_year = Pas de souci, on peut étaler sur l’année, je note douze mois.
    .feedback = Vous accordez douze mois au premier mot, sans rien savoir de sa situation et sans contrepartie, alors que votre marge est de quatre mois : le client va en demander davantage.
first_reaction-seizure_threat = Sur l’année ? Hors de question. Sans virement cette semaine, on envoie l’huissier saisir votre camion.
    .feedback = Menace fausse et illégale : aucune saisie n’est possible sans titre exécutoire, et aucune procédure n’a même commencé. C’est un manquement grave, et il braque le client.

cash_situation = Le souci, c’est Habitat Loire, un promoteur : il me doit 11 000 € sur un chantier de cuisines. Il paie à soixante jours, donc normalement fin octobre. Sur le compte pro, là, j’ai dans les 2 500 €, mais j’ai mes deux compagnons à payer à la fin du mois, et l’URSSAF.
    .alt1 = C’est Habitat Loire, le promoteur : 11 000 € qu’il me doit sur des cuisines, payables fin octobre s’il tient ses délais. J’ai à peu près 2 500 € sur le compte, mais fin septembre, j’ai les salaires de mes deux gars et l’URSSAF.
cash_situation-summarise = Autrement dit, vous avez environ 2 500 € aujourd’hui, une rentrée de 11 000 € attendue fin octobre, et les salaires et l’URSSAF à couvrir fin septembre. Concrètement, quel montant pouvez-vous virer aujourd’hui sans mettre en danger la paie de vos compagnons ?
    .feedback = Vous résumez les chiffres clés (trésorerie, rentrée attendue, charges fixes) et vous posez la question de la capacité réelle : votre négociation partira de faits, pas d’impressions.
cash_situation-grab_it_all = Vous avez 2 500 € ? Alors virez-les aujourd’hui. Vos compagnons attendront bien un peu : vous devez d’abord payer vos fournisseurs.
    .feedback = Vous exigez toute la trésorerie au mépris des salaires : c’est agressif et irréaliste (un plan qui met l’entreprise à sec ne sera pas tenu), et le client se ferme.
cash_situation-wait_october = Ah, si vous êtes payé fin octobre, le plus simple, c’est d’attendre : vous nous réglerez tout quand Habitat Loire vous aura payé.
    .feedback = Vous renoncez au versement immédiat alors qu’il dispose de 2 500 €, et vous suspendez tout à la bonne volonté d’un tiers : rien n’est sécurisé.

## Convaincre

lowball_offer = Bon. Moi, ce que je vous propose, c’est 500 € maintenant, et 360 € par mois sur douze mois. C’est ça, ou rien. Je ne peux pas faire mieux.
    .alt1 = Écoutez, je vous fais une offre : 500 € tout de suite, puis 360 € par mois pendant un an. À prendre ou à laisser.
    .alt2 = Voilà ce que je peux faire : 500 € aujourd’hui, et 360 € par mois sur douze mois. Franchement, c’est déjà un effort.
lowball_offer-hold_objective = Merci de faire une proposition, j’en prends note. Douze mois, je ne peux pas l’accepter pour une facture de fournitures échue depuis le 30 juin. En revanche, je vous propose ceci : si vous virez 2 000 € aujourd’hui, je vous laisse jusqu’à fin octobre, après le règlement d’Habitat Loire, pour le solde.
    .feedback = Vous dites non à l’offre sans fermer la porte, vous gardez l’objectif et vous conditionnez votre concession (le délai) à une contrepartie (2 000 € aujourd’hui), sans dévoiler vos marges.
lowball_offer-accept_offer = Bon… d’accord pour 500 € et douze mois. Je vais essayer de faire valider ça.
    .feedback = Vous acceptez 500 € au lieu de 1 500 € au minimum, et douze mois au lieu de quatre, sans rien obtenir en échange : vous sortez des marges dès la première offre.
lowball_offer-bluff_deadline = Je n’ai le droit de rien accepter, Monsieur Morel. Si je n’ai pas la totalité ce soir, le dossier part au contentieux demain matin, c’est automatique.
    .feedback = Fausse urgence et bluff : rien n’est « automatique » demain matin, et vous aviez une marge de négociation. Le client, qui connaît les procédures, ne vous croira plus.

accepts_upfront = Fin octobre, tout le solde d’un coup ? Je ne peux pas vous le garantir, Habitat Loire paie toujours en retard. Bon, 2 000 aujourd’hui, je peux le faire en me serrant la ceinture. Mais le reste, il faut me l’étaler.
    .alt1 = 2 000 aujourd’hui… bon, admettons, je me débrouillerai. Mais tout le reste fin octobre, non : si Habitat Loire traîne, je suis coincé. Il me faut de l’étalement.
accepts_upfront-spread_with_condition = Si je comprends bien, vous pouvez faire 2 000 € aujourd’hui, et vous craignez que le retard d’Habitat Loire vous coince fin octobre. Je vous propose d’étudier un étalement du solde, à condition que les 2 000 € partent aujourd’hui et que nous fixions des dates précises.
    .feedback = Vous reformulez son engagement et sa crainte, et vous acceptez d’envisager l’étalement seulement en échange du versement immédiat et d’un calendrier ferme : une concession contre une contrepartie.
accepts_upfront-any_spread = Pas de souci, étalez comme vous voulez, on n’est pas à un mois près.
    .feedback = Vous lâchez la durée, sans limite et sans contrepartie : vous venez d’abandonner votre marge de quatre mois, et il le sait.
accepts_upfront-rush = Alors vous me faites le virement tout de suite, pendant qu’on est en ligne. Sinon, je ne peux rien vous garantir pour la suite.
    .feedback = Vous mettez une pression artificielle (« tout de suite, sinon… ») au lieu de construire l’accord : c’est manipulateur, et le client se braque.

tests_limits = Aujourd’hui, je peux faire 1 000 €, pas un centime de plus, et le solde sur dix mois. Et puis votre collègue, en juillet, m’avait dit qu’on trouverait toujours un arrangement.
    .alt1 = Bon, 1 000 € aujourd’hui, c’est mon maximum. Le reste en dix mois. Votre collègue de juillet était plus compréhensive : elle m’avait dit qu’on s’arrangerait toujours.
    .alt2 = Je vous fais 1 000 € maintenant, et dix mois pour le reste. De toute façon, en juillet, on m’avait dit au téléphone qu’il y aurait toujours moyen de s’arranger.
tests_limits-firm_flexible = Si je vous entends bien, vous voulez garder de quoi payer vos compagnons, et on vous avait parlé d’arrangement. En juillet, l’arrangement, c’était un règlement avant le 31 juillet, et il n’est pas arrivé : dix mois, je ne peux pas. En revanche, si les 2 000 € partent aujourd’hui, je vous propose d’étaler le solde au lieu de tout vous demander fin octobre.
    .feedback = Vous reformulez, vous répondez à l’argument du « collègue » par les faits (la promesse de juillet non tenue), vous refusez les dix mois et vous offrez de la souplesse contre une contrepartie : souplesse et fermeté.
tests_limits-split_difference = Bon, disons 1 000 € et dix mois, je vais voir ce que je peux faire.
    .feedback = Vous coupez la poire en deux au-delà de vos marges (1 000 € au lieu de 1 500 € au minimum, dix mois au lieu de quatre), sans contrepartie, et avec un « je vais voir » qui annonce d’autres reculs.
tests_limits-colleague_blame = Ma collègue ne vous a rien promis du tout. C’est vous qui n’avez pas tenu parole en juillet, alors vous n’êtes pas en position de négocier.
    .feedback = Les faits sont justes, mais le ton accuse et humilie : vous transformez une négociation en règlement de comptes, et le client contre-attaque.

calls_bluff = Ah ouais ? Je connais la musique, vous savez. Vous ne pouvez rien faire ce soir, ni demain : il faut une mise en demeure, puis passer devant un juge. Alors arrêtez de me mettre la pression.
    .alt1 = Arrêtez, je ne suis pas né de la dernière pluie. Sans décision de justice, vous ne pouvez rien faire. Vos menaces, gardez-les.
calls_bluff-correct_truthfully = Vous avez raison, je me suis mal exprimée : rien ne partira ce soir, et il n’y aura pas de saisie sans décision de justice. Ce qui est exact, c’est que, sans accord, la prochaine étape sera une mise en demeure par recommandé, puis une requête en injonction de payer, avec les pénalités et les frais en plus. Je préfère qu’on trouve une solution ensemble : qu’est-ce que vous pouvez réellement faire ?
    .feedback = Vous reconnaissez l’erreur, vous rétablissez les vraies conséquences d’un désaccord, calmement et sans exagérer, et vous rouvrez la négociation : vous regagnez de la crédibilité.
calls_bluff-double_down = Si, si : l’huissier peut passer dès la semaine prochaine saisir votre camion et vos machines, je vous le garantis.
    .feedback = Vous persistez dans une menace fausse : aucune saisie sans titre exécutoire. C’est un manquement grave, et le client a désormais toutes les raisons de couper court.
calls_bluff-back_off = Bon… oubliez ce que j’ai dit. Payez comme vous pouvez, on verra bien.
    .feedback = Pris en flagrant délit de bluff, vous passez à l’abandon : vous n’avez plus ni objectif ni marge, et le client va en profiter.

takes_advantage = Ah, voilà, on avance ! Alors, puisque vous êtes arrangeante, finissons-en : 600 € maintenant, 350 € par mois sur un an, et vous m’enlevez les pénalités et les 40 € de frais. Marché conclu ?
    .alt1 = Bon, on se comprend ! Alors on fait 600 € tout de suite, 350 € par mois pendant un an, et vous me faites sauter les pénalités et les 40 €. Ça marche ?
takes_advantage-reframe = Je me suis avancée trop vite, je le reconnais. Un an, je ne peux pas le tenir. Pour que j’accepte un étalement, il me faut un premier versement de 2 000 € aujourd’hui ; si vous le faites, nous pourrons parler du solde et des pénalités.
    .feedback = Revenir sur une concession coûte un peu de confiance, mais vous le faites franchement : vous dites non et vous reposez la règle, pas de concession sans contrepartie.
takes_advantage-deal = D’accord, marché conclu : 600 € maintenant, 350 € par mois sur un an, et j’enlève les pénalités.
    .feedback = Vous cédez sur tout : le versement immédiat (600 € au lieu de 1 500 €), la durée (douze mois au lieu de quatre) et les pénalités, sans rien obtenir en échange.
takes_advantage-guilt = Vous savez, si je valide ça, c’est moi qui vais me faire reprendre par ma responsable… Vous ne voudriez pas me mettre dans l’embarras ?
    .feedback = Vous jouez sur la culpabilité au lieu d’argumenter : c’est manipulateur, cela ne règle rien sur le fond, et vous restez hors de vos marges.

penalties_demand = Et les pénalités, là, sur votre lettre ? 120 € de pénalités et 40 € de « frais de recouvrement » ! Six ans que je suis client chez vous, et vous me traitez comme un escroc. Ça, vous me l’enlevez.
    .alt1 = Par contre, les pénalités, c’est non. Six ans que j’achète chez vous, et vous me comptez 120 € de pénalités plus 40 € de frais ? C’est du racket. Vous me les enlevez.
    .alt2 = Et vos 120 € de pénalités, avec les 40 € de frais en prime… Six ans de fidélité, et voilà comment on me remercie. Ça, je ne le paierai pas.
penalties_demand-penalties_counterpart = Je comprends que ce soit vexant après six ans, et je tiens à cette relation. Les pénalités et l’indemnité de 40 € sont prévues par la loi entre professionnels et par nos conditions de vente. Je vous propose d’y renoncer, à une condition : que les 2 000 € arrivent aujourd’hui et que chaque échéance soit honorée à la date prévue.
    .feedback = Vous accueillez l’émotion, vous rappelez calmement la base légale (article L441-10 du code de commerce) et vous transformez sa demande en concession conditionnelle : l’abandon des pénalités contre un engagement ferme.
penalties_demand-waive_all = Vous avez raison, six ans de fidélité, ça compte : je vous enlève les pénalités et les 40 €, c’est cadeau.
    .feedback = Vous offrez les pénalités sans contrepartie, alors que c’était votre meilleure monnaie d’échange : le client a compris qu’il suffit d’insister.
penalties_demand-law_lecture = C’est la loi, Monsieur Morel. Si vous aviez payé à l’heure, vous n’auriez pas de pénalités : il fallait y penser avant.
    .feedback = Le rappel de la loi est exact, mais le ton moralisateur (« il fallait y penser avant ») humilie le client et fait monter la tension sans rien obtenir.

damaged_panels = Et puis, tant qu’on y est : dans la livraison de mai, il y avait deux panneaux de chêne abîmés. À la limite, je ne devrais même pas payer la totalité. Faites-moi 10 %, et on n’en parle plus.
    .alt1 = D’ailleurs, je vous le dis : il y avait deux panneaux de chêne esquintés dans la livraison. Moi, je veux bien payer, mais avec 10 % de remise.
damaged_panels-separate_dispute = Vous me dites que deux panneaux étaient abîmés. Le bon de livraison du 2 mai a été signé sans réserve, et aucune réclamation n’a été faite depuis. Une remise de 10 %, je ne peux pas l’accorder. Je vous propose d’envoyer vos photos au service commercial, qui les examinera à part : deux panneaux, c’est environ 180 €, cela ne bloque pas le règlement du reste.
    .feedback = Vous reformulez, vous répondez à l’objection par les faits (bon de livraison signé, aucune réclamation), vous refusez la remise et vous traitez le litige à part : le prétexte ne bloque plus la négociation.
damaged_panels-grant_discount = Ah, si des panneaux étaient abîmés, je peux vous faire un geste : 10 % de remise, ça vous va ?
    .feedback = Vous accordez une remise de 480 € sur un litige jamais signalé, sans rien vérifier : aucune remise sur le principal n’était dans vos marges.
damaged_panels-accuse_lying = Vous inventez ça maintenant pour gagner du temps. Personne ne nous a jamais parlé de panneaux abîmés.
    .feedback = Même si l’objection sent le prétexte, accuser le client de mentir le braque ; posez plutôt les faits (bon de livraison signé sans réserve) et proposez un traitement à part.

competitor_threat = Vous savez quoi ? Des marchands de bois, il y en a d’autres. Si vous continuez à me serrer la vis comme ça, je vais chez Atlantique Bois, et vous perdez un client.
    .alt1 = Écoutez, si c’est comme ça, je passe chez Atlantique Bois. Eux, au moins, ils savent garder leurs clients.
    .alt2 = Vous me poussez à bout, là. Je peux très bien me fournir ailleurs, vous savez : Atlantique Bois me fait les yeux doux depuis un an.
competitor_threat-desc_consequences = Monsieur Morel, la facture de 4 800 € est échue depuis le 30 juin, et le règlement promis pour fin juillet n’est pas arrivé. Je tiens à vous garder comme client, et cette situation m’inquiète pour la suite de notre relation. Je vous propose 2 000 € aujourd’hui et le solde en quatre mensualités de 700 €. Ainsi, votre compte est régularisé et vos livraisons continuent normalement. Sans accord, en revanche, je devrai vous adresser une mise en demeure, puis déposer une requête en injonction de payer, avec les pénalités et les frais en plus.
    .feedback = DESC complet : les faits, votre préoccupation, une proposition précise, puis les conséquences, positives d’abord, celles d’un désaccord ensuite, énoncées calmement et sans exagérer. Vous ne cédez pas à la menace.
competitor_threat-good_riddance = Allez-y, changez de fournisseur ! Vous verrez s’ils vous font crédit, avec votre façon de payer.
    .feedback = Vous relevez le défi avec mépris : vous perdez le client et l’accord, et la créance reste impayée.
competitor_threat-seize_machines = Si vous partez sans payer, je fais saisir vos machines et votre camion dès la semaine prochaine.
    .feedback = Menace illégale : une saisie suppose un titre exécutoire, que vous n’avez pas. C’est un manquement grave, et il fait exploser l’échange.
competitor_threat-please_stay = Non, non, ne partez pas ! On va s’arranger : prenez le temps qu’il vous faut, je vous fais les douze mois.
    .feedback = Vous cédez à la menace par peur de perdre le client : douze mois, sans contrepartie, trois fois votre marge. Il obtient par le chantage ce que la négociation lui refusait.

months_haggle = Bon… 2 000 aujourd’hui, d’accord, je me débrouillerai pour les gars. Mais le reste en quatre mois, c’est trop serré. Faites-moi huit mois, à 350 €.
    .alt1 = Allez, va pour les 2 000 aujourd’hui. Mais 700 € par mois, c’est raide. Huit mensualités de 350 €, et on signe.
months_haggle-hold_four = Huit mois, je ne peux pas. Je vous propose plutôt ceci : si vous signez aujourd’hui un mandat de prélèvement, je fixe la première mensualité au 10 novembre, après le règlement d’Habitat Loire. Quatre fois 700 €, de novembre à février : octobre vous laisse respirer.
    .feedback = Vous dites non à la durée, mais vous concédez le point de départ (novembre) contre une contrepartie (le prélèvement) : la concession aide vraiment le client sans sortir des marges.
months_haggle-eight_ok = Bon, va pour huit mois à 350 €, ça devrait passer.
    .feedback = Vous accordez le double de votre marge de quatre mois sans rien demander, alors que 700 € par mois restaient dans sa capacité de remboursement.
months_haggle-ultimatum = C’est quatre mois, et je vous préviens : c’est la dernière fois que je peux vous le proposer. Après ce soir, l’offre n’existe plus.
    .feedback = Ultimatum artificiel : l’offre n’expire pas ce soir, et le client le sent. Vous obtiendrez peut-être un oui, mais contraint et fragile.

last_push = Allez, coupons la poire en deux : six mois, et on n’en parle plus. Vous n’allez pas me faire perdre la matinée pour deux mois ?
    .alt1 = Six mois. Allez, six mois, c’est raisonnable, non ? On est entre gens de bonne volonté.
last_push-hold_again = Je comprends que vous vouliez de l’air, et c’est justement pour ça que la première échéance est au 10 novembre. Quatre mois, c’est ma limite. Si nous en restons là aujourd’hui, le dossier suivra son cours, avec une mise en demeure ; je vous propose plutôt de conclure ensemble, maintenant.
    .feedback = Vous montrez que vous entendez sa demande, vous tenez votre limite sans vous énerver et vous rappelez sobrement la conséquence d’un désaccord : c’est ferme et respectueux.
last_push-six_ok = Bon, allez, six mois, on ne va pas se fâcher pour deux mois.
    .feedback = Vous lâchez à la dernière relance, hors marge et sans contrepartie : le client a appris qu’il suffit d’insister une fois de plus.
last_push-threaten = Ça suffit, Monsieur Morel, vous me faites perdre mon temps. C’est quatre mois, ou l’injonction de payer.
    .feedback = Vous perdez patience et transformez la conséquence en menace agressive : le client se braque au moment où l’accord était à portée de main.

## Conclure

ready_to_commit = Bon… d’accord. 2 000 aujourd’hui, et 700 par mois pendant quatre mois. Comment on fait, concrètement ?
    .alt1 = C’est bon, vous avez gagné : 2 000 maintenant, et quatre fois 700. Je fais comment ?
    .alt2 = Bon, d’accord, on part là-dessus. Qu’est-ce que je dois faire, concrètement ?
ready_to_commit-precise_terms = Je vous propose de faire le virement de 2 000 € aujourd’hui sur notre compte habituel, avec la référence FA-2026-1187 en libellé. Pouvez-vous le faire avant 17 heures ?
    .feedback = Vous fixez le montant, le moyen de paiement, la référence et l’heure, et vous demandez un oui précis par une question fermée : l’engagement devient vérifiable.
ready_to_commit-whenever = Faites le virement quand vous pourrez cette semaine, il n’y a pas d’urgence.
    .feedback = Vous laissez la date ouverte au moment de conclure : « quand vous pourrez » transforme l’accord en simple promesse.
ready_to_commit-pressure_now = Faites-le maintenant, pendant qu’on est en ligne, sinon je ne peux pas garantir que l’accord tiendra.
    .feedback = Vous menacez de retirer un accord qui vient d’être trouvé : cette pression inutile entame la confiance au moment de conclure.

payment_method = Le virement, je le fais tout à l’heure. Pour les mensualités, par contre, je préfère vous envoyer des chèques, au fur et à mesure. C’est plus souple pour moi.
    .alt1 = Je vous fais le virement ce midi. Et pour les 700 €, je vous enverrai un chèque chaque mois, je préfère garder la main.
payment_method-direct_debit = Je comprends que vous vouliez garder la main sur votre trésorerie. Pour que l’échéancier tienne, je vous propose le prélèvement le 10 de chaque mois : c’est la condition pour que je puisse valider les quatre mois et l’abandon des pénalités. Je vous envoie le mandat aujourd’hui, c’est d’accord ?
    .feedback = Vous entendez sa demande, mais vous tenez la sécurité du paiement en la liant aux concessions accordées, et vous concluez par une question fermée.
payment_method-cheques_fine = Des chèques, très bien, envoyez-les quand vous pouvez.
    .feedback = Vous abandonnez la date et le moyen de paiement : des chèques « au fur et à mesure » rendent l’échéancier invérifiable.
payment_method-distrust = Des chèques ? Avec vous, ils risquent d’arriver en retard, ou pas du tout. Ce sera un prélèvement, point.
    .feedback = Le prélèvement est le bon choix, mais le soupçon affiché humilie le client au moment de conclure et fragilise l’accord.

final_check = Ouais, envoyez-moi votre papier, je le signerai. Bon, on a fini ? J’ai un chantier qui m’attend.
    .alt1 = D’accord pour le mandat. On a terminé ? Mes gars m’attendent sur le chantier.
final_check-recap = Presque : je récapitule. Virement de 2 000 € aujourd’hui avant 17 heures, référence FA-2026-1187 ; puis quatre prélèvements de 700 €, le 10 novembre, le 10 décembre, le 10 janvier et le 10 février. Les pénalités et les 40 € sont abandonnés tant que les échéances sont honorées. Je m’engage à vous envoyer aujourd’hui par e-mail la confirmation écrite et le mandat. C’est bien ce que nous avons convenu ?
    .feedback = Récapitulatif complet : montants, dates, moyen de paiement, condition de l’abandon des pénalités et confirmation écrite, validé par une question fermée. Rien ne reste ambigu.
final_check-rush_off = Oui, oui, je ne vous retiens pas plus, désolée de vous avoir pris tout ce temps. Bonne journée !
    .feedback = Vous raccrochez en vous excusant, sans récapituler ni annoncer de confirmation écrite : l’accord n’est ni vérifié ni tracé.
final_check-warning = C’est fini. Mais je vous préviens : au premier retard, je ne vous rappelle pas, je lance la procédure.
    .feedback = Menacer au moment de conclure gâche l’accord obtenu, et vous ne récapitulez rien : terminez plutôt par les termes précis et la confirmation écrite.

## Fins

plan_agreed = C’est bien ça. Le virement part avant midi, et je vous renvoie le mandat signé. Merci, hein : c’était carré.
    .alt1 = Oui, c’est ça. Je fais le virement tout de suite et je vous renvoie le mandat dans la journée. Bonne journée à vous.
    .outcome = Accord dans les marges : 2 000 € aujourd’hui par virement (minimum 1 500 €), puis quatre prélèvements de 700 € de novembre à février (quatre mois au plus). Le prélèvement sécurise l’échéancier, qui reste dans la capacité de remboursement du client.
loose_agreement = Ouais, ouais, c’est noté. Allez, je file, j’ai du boulot.
    .alt1 = C’est ça, c’est ça. Bon, je vous laisse, on m’attend.
    .outcome = Un accord de principe sur 2 000 € et quatre fois 700 €, mais sans date ferme, sans moyen de paiement sécurisé ou sans récapitulatif ni confirmation écrite : c’est une promesse, et la première échéance risque de glisser.
discount_deal = Ah, voilà qui est correct ! Donc 4 320 € : 2 000 aujourd’hui, et 580 € par mois pendant quatre mois. Tope là.
    .alt1 = Ça, c’est commerçant ! Alors 4 320 € : je vous vire 2 000 aujourd’hui, et 580 € par mois sur quatre mois.
    .outcome = Un échéancier de 4 320 € au lieu de 4 800 € : une remise de 480 € accordée sur un litige jamais signalé, alors qu’aucune remise sur le principal n’était dans vos marges.
plan_six_months = Bon, six mois, on est d’accord alors. Je vous fais le virement de 2 000 € dans la journée.
    .alt1 = Six mois, parfait. Vous voyez, on finit toujours par s’entendre. Le virement de 2 000 € part aujourd’hui.
    .outcome = Un échéancier sur six mois, au-delà de la marge de quatre mois, concédé sans contrepartie ; le client pouvait tenir 700 € par mois.
plan_eight_months = Ah, voilà, quand vous voulez ! Huit fois 350, ça, je peux. Je vous fais le virement dans la semaine.
    .alt1 = Huit mois à 350 €, là, on parle ! Je vous fais le virement des 2 000 € dès que je peux, cette semaine.
    .outcome = 2 000 € promis « dans la semaine » et le solde sur huit mois, le double de votre marge, alors que 700 € par mois restaient dans sa capacité.
plan_beyond_margins = Parfait, on est d’accord ! Je vous envoie les 600 € en fin de semaine. Vous voyez, quand on veut, on trouve.
    .alt1 = Marché conclu ! 600 € d’ici vendredi, et 350 € par mois. Vous êtes quelqu’un de bien, vous.
    .outcome = Accord très au-delà des marges : 600 € au lieu de 1 500 € au minimum, douze mois au lieu de quatre, et des concessions sans contrepartie, alors que le client pouvait verser 2 000 € aujourd’hui.
vague_promise = Parfait, je vous fais ça dans la semaine. Allez, bonne journée.
    .alt1 = Super, je vous envoie ça dans la semaine, promis. Allez, j’y retourne.
    .outcome = 300 € promis « dans la semaine » et le reste « quand le client paiera » : ni date, ni moyen de paiement, ni échéancier. C’est une promesse, loin de la marge de 1 500 €.
october_promise = Voilà, c’est raisonnable. Fin octobre, dès qu’Habitat Loire a payé, je vous règle tout. Promis.
    .alt1 = Voilà une solution intelligente ! Fin octobre, dès que le promoteur a payé, vous avez tout. Promis, juré.
    .outcome = Rien aujourd’hui alors que le client disposait de 2 000 €, et tout le solde suspendu au paiement d’un tiers fin octobre : une promesse fragile, sans garantie.
escalation_end = Eh bien, envoyez-la, votre mise en demeure. Je verrai avec mon comptable. Au revoir.
    .alt1 = Faites ce que vous voulez, envoyez vos courriers. Moi, je n’ai plus rien à vous dire.
    .outcome = Pas d’accord : il reste à envoyer la mise en demeure par lettre recommandée, puis à déposer une requête en injonction de payer. Des semaines de délai et des frais, alors que le client pouvait verser 2 000 € aujourd’hui.
refusal_end = Non, là, on n’arrivera à rien. Je paierai quand je pourrai, point. Au revoir.
    .alt1 = Écoutez, on tourne en rond. Je vous paierai quand je pourrai, et c’est tout.
    .outcome = Refus : aucun versement, aucun échéancier, et une relation commerciale abîmée. Il faudra passer à la mise en demeure.
hangs_up = Bon, ça suffit. Au revoir.
    .alt1 = Je n’ai pas de temps à perdre avec ça. Salut.
    .outcome = Le client a raccroché. Aucun accord, et le prochain appel partira d’une relation encore plus tendue.
