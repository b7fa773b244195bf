# Scénario « Le client agressif » : textes français (langue de référence).
# La structure de l'appel est dans scenarios/aggressive-debtor.ron.

title = Client agressif : « Je paierai pas un centime ! »
summary = Julien Lefort conteste une facture TéléFibre de 486,20 €, vous insulte et menace d’appeler son avocat : recevez la critique, dites non sans rompre le lien et ramenez l’appel vers une solution.
briefing-debtor = Julien Lefort, 44 ans, dessinateur-projeteur en télétravail, ancien client de TéléFibre. Il a résilié son abonnement fibre fin juin, après une coupure de trois semaines, et ne répond plus aux relances. Ses échanges avec le service client ont été houleux.
briefing-creditor = TéléFibre, fournisseur d’accès à internet. La facture de clôture TEL-2026-88412, de 486,20 €, échue le 31 août 2026, comprend la dernière période d’abonnement et les frais de résiliation anticipée prévus au contrat ; un avoir de 45 € pour la coupure du 2 au 23 juin y est déjà déduit. Vous êtes Claire Martin, du cabinet Recouvra, et vous appelez en phase amiable.
briefing-history = Lettre de relance le 10 septembre, SMS le 24 septembre, e-mail le 5 octobre, puis un appel le 12 octobre tombé sur la messagerie : aucune réponse. Aucune procédure judiciaire n’est engagée, et aucun frais de recouvrement ne peut être facturé à ce client particulier.

## contact

opening = Lefort, j’écoute… Ah, c’est encore ce numéro ! Des lettres, des SMS, des mails, et maintenant le téléphone ! Vous me harcelez, c’est ça ?
    .alt1 = Allô, oui, Lefort… Attendez, c’est le recouvrement ? Vous me lâchez jamais, vous ! C’est du harcèlement, là !
    .alt2 = Oui, Lefort. Si c’est encore pour TéléFibre, je vous préviens : j’en ai ras-le-bol de vos relances !
opening-calm_down = Calmez-vous, Monsieur Lefort. Vous devez 486,20 € à TéléFibre depuis le 31 août : il faut régulariser.
    .feedback = « Calmez-vous » attise la colère au lieu de l’apaiser, et « vous devez », « il faut » sonnent comme un reproche. Vous sautez en plus la présentation : le client ne sait même pas qui lui parle.
opening-identify = Bonsoir, Monsieur Lefort. Claire Martin, du cabinet Recouvra ; je vous appelle pour le compte de TéléFibre, au sujet de la facture TEL-2026-88412. J’entends que ces relances vous pèsent, et je vous remercie d’avoir décroché : je vous propose qu’on prenne quelques minutes pour trouver ensemble une solution.
    .feedback = Vous vous identifiez, vous nommez le créancier et la référence, et vous accueillez son agacement sans le contester. La formule coussin et le mot « solution » ouvrent l’échange au lieu de le fermer.
opening-apologise = Oh, pardon de vous déranger, Monsieur… Excusez-moi. Je peux vous rappeler à un autre moment, si vous préférez ?
    .feedback = Vous vous excusez d’appeler et proposez vous-même de raccrocher : c’est une position passive. Le client n’apprend ni qui vous êtes ni pourquoi vous appelez, et il va saisir la porte de sortie.

brush_off = C’est ça, rappelez jamais, ça me fera des vacances. Allez, au revoir !
    .alt1 = Voilà, un autre moment. Genre jamais. Bonne journée !
    .alt2 = Oh oui, rappelez-moi l’année prochaine, tiens. Salut !
brush_off-you_owe = Non, attendez ! Vous devez 486,20 € depuis le 31 août, vous ne pouvez pas raccrocher comme ça.
    .feedback = Vous le retenez par un reproche et une injonction : il se sent acculé et la tension grimpe. Et vous ne vous êtes toujours pas présentée.
brush_off-let_go = Très bien… Excusez-moi encore. Bonne journée, Monsieur.
    .feedback = Vous abandonnez l’appel sans même vous être présentée : le client n’a aucune raison de rappeler, et le dossier ne bouge pas.
brush_off-identify_now = Avant que vous raccrochiez, Monsieur Lefort : Claire Martin, du cabinet Recouvra, pour le compte de TéléFibre, au sujet de la facture TEL-2026-88412. Je vous propose deux minutes pour trouver une solution qui mette fin à ces relances.
    .feedback = Vous vous rattrapez : identification complète, demande claire et avantage concret pour lui, la fin des relances. L’idéal reste de le faire dès la première phrase.

boiling_early = Vous me donnez des ordres, maintenant ? Vous êtes qui, d’abord ? Encore une phrase comme ça et je raccroche !
    .alt1 = Non mais pour qui vous vous prenez ? Vous m’appelez chez moi pour me donner des ordres ? Un mot de plus et je raccroche.
    .alt2 = Ah, c’est comme ça que vous parlez aux gens ? Vous vous présentez même pas ! Je vous préviens, je vais raccrocher.
boiling_early-hold_ground = Je suis la personne qui vous appelle pour votre dette, Monsieur. Et cette dette, vous la devez.
    .feedback = Vous restez sur l’injonction au lieu de vous présenter : il ne sait toujours pas qui vous êtes, et vous lui donnez toutes les raisons de raccrocher.
boiling_early-grovel = Pardon, pardon… Je ne voulais pas vous brusquer. Je vous rappellerai plus tard, d’accord ?
    .feedback = Après la brusquerie, la fuite : vous passez d’une position agressive à une position passive, et l’appel se termine sans que vous vous soyez présentée.
boiling_early-restart = Vous avez raison, j’ai mal commencé, et je vous prie de m’en excuser. Je reprends : Claire Martin, du cabinet Recouvra ; je vous appelle pour le compte de TéléFibre, au sujet de la facture TEL-2026-88412. Je vous propose qu’on prenne quelques minutes pour trouver ensemble une solution.
    .feedback = Vous reconnaissez le faux départ et vous faites ce qui manquait : vous présenter, nommer le créancier et la référence, proposer une solution. Tard, mais bien.

## comprendre

vultures = Recouvra… Des vautours, voilà ce que vous êtes ! TéléFibre m’a laissé trois semaines sans internet, et maintenant ils m’envoient leurs chiens de garde. Je paierai pas un centime, vous m’entendez ?
    .alt1 = Ah, le recouvrement ! Les rapaces ! TéléFibre me plante trois semaines sans connexion et c’est moi qu’on poursuit ? Vous aurez pas un sou !
    .alt2 = Vous êtes payés pour harceler les gens, c’est ça ? TéléFibre m’a coupé internet trois semaines, alors leur facture, ils peuvent se la garder !
vultures-receive = J’entends votre colère, Monsieur Lefort, et je la prends au sérieux. Si je comprends bien, vous refusez de payer parce que TéléFibre vous a laissé trois semaines sans connexion ? Racontez-moi ce qui s’est passé : je veux comprendre votre situation pour trouver la bonne solution avec vous.
    .feedback = Vous recevez la critique sans vous justifier, vous reformulez le motif de son refus et vous ouvrez par une question : il se sent entendu, et l’appel entre dans la phase « comprendre ».
vultures-not_vultures = Je ne vous permets pas, Monsieur ! Nous ne sommes pas des vautours, et la coupure n’a rien à voir : la facture est due.
    .feedback = Vous répondez à l’insulte en vous défendant et en lui donnant tort : c’est l’escalade. Vous passez aussi à la réclamation avant d’avoir compris pourquoi il ne paie pas.
vultures-agree_creditor = Ah, ça, je vous comprends… TéléFibre n’est pas toujours très sérieux, entre nous. À votre place, je serais furieuse aussi.
    .feedback = Vous reconnaissez sa colère, mais vous prenez parti contre le créancier que vous représentez : c’est de la sympathie qui cède, pas de l’empathie. Il en conclura que sa facture ne tient pas.

boiling = Vous me faites la leçon, maintenant ? Vous êtes qui pour me parler sur ce ton ? Encore une phrase comme ça et je raccroche !
    .alt1 = Ah non, vous allez pas me faire la morale en plus ! Je vous préviens, un mot de travers et je raccroche.
    .alt2 = Non mais je rêve ! Vous me prenez de haut, là ? Continuez comme ça et vous parlerez à la tonalité.
boiling-hold_ground = Je ne vous fais pas la leçon, je vous rappelle vos obligations. Cette somme, vous la devez.
    .feedback = Vous gardez un ton accusateur face à un client déjà à bout : la tension dépasse le seuil, et le risque qu’il raccroche est maximal.
boiling-acknowledge = Vous avez raison de me le dire, Monsieur Lefort : ma phrase était maladroite, et je vous prie de m’en excuser. Je suis là pour vous écouter et chercher une solution avec vous. Racontez-moi ce qui s’est passé avec TéléFibre.
    .feedback = Reconnaître une maladresse sans rien céder sur le fond désamorce la colère. Vous revenez à l’écoute par une question ouverte : c’est ainsi qu’on reçoit une critique.
boiling-grovel = Pardon, pardon, vous avez raison sur toute la ligne… Je vais demander qu’on annule les frais, d’accord ?
    .feedback = Sous la pression, vous promettez une annulation que vous n’avez pas le pouvoir d’accorder. Il va s’y accrocher, et il faudra le décevoir plus tard, dans de pires conditions.

outage_story = Du 2 au 23 juin, plus rien ! Je bosse de chez moi, moi ! J’ai appelé dix fois, on m’a baladé de service en service. Alors j’ai résilié et je suis parti chez la concurrence. Et là, ils me collent des frais de résiliation ! C’est du vol, ni plus ni moins.
    .alt1 = Trois semaines sans internet, en plein télétravail ! Dix appels au service client, dix réponses différentes. J’ai fini par résilier, et maintenant on me facture la résiliation. Vous trouvez ça normal, vous ?
    .alt2 = Une coupure du 2 au 23 juin. Personne n’a été fichu de me dire quand ça reviendrait. Je suis parti, forcément. Et on me réclame des frais parce que je suis parti ! C’est du racket.
outage_story-yes_but = Oui, mais vous aviez signé un engagement, Monsieur : il faut l’assumer.
    .feedback = « Oui, mais » efface tout ce qu’il vient de dire, et « il faut » sonne comme une leçon de morale. Vous passez à l’argumentation sans avoir fini de comprendre.
outage_story-note_dispute = D’accord… Je note que vous contestez, et je mets le dossier en attente. On verra plus tard.
    .feedback = Vous esquivez : aucune question, aucune proposition, et le dossier reste bloqué. Noter une contestation est utile, mais pas pour clore l’appel sans rien construire.
outage_story-summarise = Si je résume : trois semaines sans connexion alors que vous travaillez de chez vous, des appels sans réponse claire, et vous avez fini par partir. Je comprends que ces frais vous restent en travers de la gorge. Aujourd’hui, qu’est-ce qui compte le plus pour vous, pour qu’on trouve une issue à ce dossier ?
    .feedback = La reformulation résumé prouve que vous avez écouté, l’empathie nomme ce qu’il ressent, et la question ouverte l’amène à dire ce qu’il attend vraiment. Vous comprenez avant de convaincre.

no_time = Écoutez, ce que je veux, moi, c’est qu’on me fiche la paix ! Vos lettres, vos SMS, j’en ai ras-le-bol. Et là, j’ai pas le temps pour vos salades : je raccroche.
    .alt1 = Moi, ce qui compte, c’est qu’on arrête de m’appeler ! J’ai du boulot, je vais pas passer ma soirée avec vous. Je raccroche.
    .alt2 = Franchement ? Que vous disparaissiez de ma vie. J’ai autre chose à faire que d’écouter vos salades, alors je vais raccrocher.
no_time-manip_guilt = Oh non, ne raccrochez pas… Si vous raccrochez, c’est moi qui vais me faire reprendre par ma responsable, vous savez.
    .feedback = Vous jouez sur la culpabilité pour le retenir : c’est de la manipulation. Même si elle marche sur le moment, elle abîme la confiance dont vous aurez besoin pour conclure.
no_time-ask_five_minutes = Je vous comprends : vous voulez qu’on vous laisse tranquille, et c’est justement ce que je vous propose. Accordez-moi cinq minutes : si nous trouvons une solution maintenant, les relances s’arrêteront.
    .feedback = Vous reprenez son besoin, qu’on le laisse tranquille, et vous en faites l’objectif commun. Vous formulez votre demande clairement, sans supplier ni menacer : c’est assertif.
no_time-hang_up_then = Ah… d’accord, je ne vous retiens pas. Je vous rappellerai un autre jour.
    .feedback = Vous le laissez partir alors qu’il vient de vous dire ce qui le motive : ne plus être relancé. Un nouvel appel, c’est justement ce qu’il ne veut pas.
no_time-you_must_listen = Non, vous ne raccrochez pas : vous devez 486,20 €, et il faut qu’on règle ce problème maintenant.
    .feedback = Ordre, reproche et mots à éviter (« vous devez », « il faut », « problème ») : vous opposez votre volonté à la sienne, et la discussion tourne au bras de fer.

## convaincre

cancel_it = Bon. Je vous écoute, mais je vous le dis tout net : vous annulez cette facture, et on n’en parle plus.
    .alt1 = Allez-y, parlez. Mais la seule solution, c’est que vous annuliez tout. Point.
    .alt2 = D’accord, je vous écoute. Mais ce que j’attends, moi, c’est que cette facture disparaisse. C’est simple, non ?
cancel_it-fees_threat = Je vous conseille plutôt de régler vite : chaque relance ajoute des frais de recouvrement à votre charge, et ça grimpe vite.
    .feedback = C’est faux et illégal : les frais de recouvrement amiable ne peuvent pas être mis à la charge d’un consommateur. Cette fausse menace est un manquement grave, et elle ruine la confiance.
cancel_it-no_and_facts = Je ne peux pas annuler cette facture, Monsieur Lefort, et je préfère être franche avec vous. En revanche, je vous propose de regarder les faits ensemble : la facture de 486,20 € est échue depuis le 31 août ; elle comprend votre dernière période d’abonnement et les frais de résiliation prévus au contrat, et TéléFibre y a déjà déduit un avoir de 45 € pour la coupure de juin.
    .feedback = Vous dites non clairement, sans agressivité, et vous enchaînez sur des faits objectifs : c’est le D du DESC. Le « en revanche, je vous propose » garde la porte ouverte.
cancel_it-wrong_you_pay = Vous avez tort, Monsieur : vous avez signé, vous payez. Ce n’est pas négociable.
    .feedback = « Vous avez tort » et l’ultimatum ferment la discussion et humilient le client. Dire non n’oblige pas à écraser l’autre.
cancel_it-ill_see = Je vais essayer de voir avec TéléFibre s’ils peuvent annuler… mais je ne vous promets rien.
    .feedback = « Je vais essayer » est une fausse promesse : vous n’avez pas ce pouvoir, et vous évitez de dire non. Il entend « oui », et il se braquera quand la vérité reviendra.

false_hope = Ah, voilà qui est raisonnable ! Donc vous faites annuler, et d’ici là, je paie rien. On est d’accord ?
    .alt1 = Enfin quelqu’un de sensé ! Vous faites sauter la facture, et en attendant, moi, je bouge pas. Ça marche ?
false_hope-agree = Oui… On fait comme ça. Je vous rappelle quand j’ai du nouveau.
    .feedback = Vous confirmez une promesse que vous ne tiendrez pas et vous repartez sans rien : le dossier est gelé, et le prochain appel sera encore plus tendu.
false_hope-pressure = D’accord, mais seulement si vous versez 100 € ce soir, en geste de bonne foi. Sinon, je ne pourrai plus rien faire pour vous.
    .feedback = Vous obtenez un paiement en échange d’une annulation que vous ne pouvez pas accorder, sous une fausse urgence : c’est de la manipulation, et elle se retournera contre vous et contre le créancier.
false_hope-correct_honestly = Je dois être honnête avec vous, Monsieur Lefort : je ne peux pas faire annuler cette facture, et je n’aurais pas dû le laisser entendre. Voici les faits : 486,20 € échus depuis le 31 août, pour la dernière période d’abonnement et les frais de résiliation, avec un avoir de 45 € déjà déduit pour la coupure de juin.
    .feedback = Corriger une fausse promesse coûte sur le moment, mais c’est la seule base solide : vous dites non, vous reconnaissez votre erreur et vous posez les faits, le D du DESC.

lawyer_press = Vous vous foutez de moi ? Trois semaines sans internet, et c’est moi qui dois payer ? Vous êtes tous des escrocs ! J’appelle mon avocat, et j’écris au Parisien : on verra si TéléFibre fait toujours le malin !
    .alt1 = Ah, elle est belle, celle-là ! Vous êtes une bande d’escrocs, voilà tout. Mon avocat va adorer votre dossier, et les journalistes aussi !
    .alt2 = Vous me prenez pour un pigeon ? Escrocs, tous autant que vous êtes ! Je vais voir un avocat, et je raconte tout sur les réseaux et dans la presse.
lawyer_press-calm_down = Calmez-vous, Monsieur Lefort. Les insultes ne mèneront à rien, et votre avocat vous dira la même chose que moi.
    .feedback = « Calmez-vous » est ce qui énerve le plus un client en colère, et vous le défiez sur son avocat. Vous avez raison de refuser les insultes, mais pas sur ce ton.
lawyer_press-express = Vous êtes libre de consulter un avocat ou d’écrire à un journal, c’est votre droit. J’entends que vous vous sentiez floué après trois semaines sans connexion. Je vous demande simplement qu’on se parle sans insultes, parce que, sincèrement, je regrette de voir ce dossier s’envenimer alors qu’une solution simple est à portée de main.
    .feedback = Vous ne contestez pas son droit, vous accueillez son ressenti, vous posez une limite sur les insultes et vous exprimez le vôtre : c’est le E du DESC, assertif et sans escalade.
lawyer_press-press_panic = Oh non, pas la presse… Écoutez, je vais voir pour faire retirer les frais de résiliation, d’accord ?
    .feedback = La menace vous fait céder : vous bradez la créance pour éviter le conflit. Il apprend que menacer paie, et vous promettez ce que vous ne pouvez pas tenir.
lawyer_press-seizure_threat = Appelez qui vous voulez. Sans paiement, un huissier viendra saisir vos biens dès la semaine prochaine.
    .feedback = Menace fausse et illégale : aucune saisie n’est possible sans titre exécutoire, et aucune procédure n’est engagée. C’est un manquement grave, qui justifierait à lui seul une plainte.

boiling_late = Vous savez quoi ? Vous me parlez comme à un gamin. J’ai plus du tout envie de discuter avec vous.
    .alt1 = Non mais vous vous entendez ? C’est à un gosse que vous parlez ? J’ai plus envie de vous écouter.
    .alt2 = Là, vous dépassez les bornes. Je vois pas pourquoi je continuerais à vous parler.
boiling_late-own_it = Vous avez raison, je vous ai mal parlé, et je le regrette. Je ne peux pas effacer cette facture, mais je tiens à ce qu’on trouve ensemble une solution que vous puissiez tenir. Si vous le voulez bien, reprenons calmement.
    .feedback = Vous reconnaissez votre maladresse sans renoncer à la créance : le non est maintenu, la relation réparée. C’est ce qui permet de revenir à une solution.
boiling_late-insist = Je vous parle normalement, Monsieur. C’est vous qui refusez de payer ce que vous devez.
    .feedback = Vous rejetez la faute sur lui au moment où il vous laisse une dernière chance : c’est agressif, et il n’a plus aucune raison de rester en ligne.
boiling_late-give_up = Bon… Je vous laisse réfléchir, on vous rappellera plus tard.
    .feedback = Vous fuyez le conflit au lieu de le traiter : l’appel se termine sans rien, et le prochain partira de plus loin encore.

what_solution = Bon. Et vous proposez quoi, alors ? Parce que 486 euros d’un coup, je les ai pas. J’ai payé l’installation chez le nouvel opérateur, le camion pour le déménagement… Je suis à sec jusqu’à la paie du 5.
    .alt1 = Admettons. Mais je vous préviens : 486 euros, je les ai pas. Entre le déménagement et l’installation chez le nouveau, il me reste plus rien jusqu’au 5.
    .alt2 = Et concrètement ? Parce que moi, ce mois-ci, entre le déménagement et le nouvel abonnement, je suis raide jusqu’à la paie du 5.
what_solution-whenever = Bon, payez ce que vous pouvez, quand vous pouvez. Ce n’est pas grave.
    .feedback = Vous renoncez à toute proposition au moment précis où il en demande une : sans montant ni date, il n’y a pas d’accord.
what_solution-pay_all_friday = Ce n’est pas mon problème, Monsieur. Il faut régler la totalité avant vendredi.
    .feedback = « Ce n’est pas mon problème » nie sa difficulté, et exiger une somme au-dessus de ses moyens produit un refus, pas un paiement.
what_solution-specify = Si je comprends bien, ce mois-ci est serré à cause du déménagement et du changement d’opérateur, et je le comprends. Je vous propose donc de ne pas tout régler d’un coup : un premier versement maintenant, puis des mensualités qui tiennent dans votre budget. Une fois vos charges payées, combien pourriez-vous verser aujourd’hui, et combien chaque mois ?
    .feedback = Vous reformulez sa difficulté, vous spécifiez la solution attendue, le S du DESC, et vous posez les questions qui fondent un plan réaliste : ce qu’il peut verser aujourd’hui et chaque mois.
what_solution-fees_waiver = Si vous réglez tout aujourd’hui, je fais sauter vos frais de dossier. Mais l’offre ne vaut que pendant cet appel.
    .feedback = Il n’y a aucun frais à « faire sauter » : en réclamer à un consommateur est illégal. Et la fausse urgence, « seulement pendant cet appel », est une manipulation.

capacity = Aujourd’hui ? Quatre-vingts euros, pas un de plus. Et après, cent par mois. Et vous faites remonter ma réclamation pour la coupure à TéléFibre, sinon je signe rien.
    .alt1 = Maintenant, je peux mettre 80 euros. Après, 100 par mois, c’est mon maximum. Et ma réclamation sur la coupure, vous la transmettez : c’est ma condition.
capacity-accept_all = D’accord, 80 € maintenant et 100 € par mois, comme vous voulez.
    .feedback = Vous acceptez sans rien demander en retour : il manque 6,20 € pour solder la facture, aucune date n’est fixée, et sa réclamation reste sans réponse.
capacity-fichage = Vous n’êtes pas en position de poser des conditions. Sans accord aujourd’hui, vous serez fiché à la Banque de France.
    .feedback = Menace fausse : un impayé d’abonnement internet ne mène pas à un fichage à la Banque de France. C’est un manquement, et c’est agressif au moment précis où il s’ouvrait.
capacity-counterpart = Je vous propose 86,20 € aujourd’hui, puis 100 € par mois pendant quatre mois : le compte tombe juste, à 486,20 €. Je m’engage à transmettre dès aujourd’hui votre réclamation sur la coupure au service client de TéléFibre ; s’ils y font droit, les dernières échéances seront réduites d’autant. En contrepartie, j’ai besoin de votre engagement sur les dates : le 5 de chaque mois. Ainsi, votre dossier sera soldé en février, et vous n’entendrez plus parler de nous.
    .feedback = Vous acceptez sa condition légitime en demandant une contrepartie, 6,20 € de plus et des dates fixes, et vous terminez par les conséquences positives : c’est le C du DESC, honnête et concret.

fees_confront = Attendez. Vos frais, là, je viens de vérifier sur mon téléphone : pour un particulier, les frais de recouvrement, c’est interdit ! Vous m’avez menti ?
    .alt1 = Minute ! Je viens de regarder sur internet : les frais de recouvrement, un particulier n’a pas à les payer. Vous me racontez des histoires, ou quoi ?
fees_confront-admit = Vous avez raison, et je vous dois une correction : aucun frais de recouvrement ne peut être mis à votre charge. Je me suis mal exprimée, je vous prie de m’en excuser. Seuls les 486,20 € de la facture restent à régler, rien de plus.
    .feedback = Reconnaître l’erreur franchement et rétablir la règle est la seule réponse possible : vous perdez un peu la face, mais vous sauvez la confiance et l’accord.
fees_confront-deny = Non, non, c’est prévu dans votre contrat : vous les paierez avec le reste.
    .feedback = Vous persistez dans une affirmation fausse : c’est un second manquement, et il a maintenant la preuve que vous lui mentez.
fees_confront-dodge = Euh… Je ne sais pas exactement, il faudrait que je me renseigne…
    .feedback = Vous esquivez une question simple dont vous connaissez la réponse : il en conclut que vous ne maîtrisez pas votre propre dossier.

distrust = Le 5 de chaque mois… Et qui me dit que TéléFibre va pas me ressortir d’autres frais après ? Avec vous, c’est toujours des frais en plus !
    .alt1 = Et vous croyez que je vais vous faire confiance ? Dans trois mois, on va encore me réclamer je sais pas quels frais.
    .alt2 = Mouais. Et le jour où j’ai fini de payer, on me sort une nouvelle facture, c’est ça ?
distrust-trust_me = Faites-moi confiance, Monsieur Lefort : entre nous, je suis de votre côté, pas de celui de TéléFibre.
    .feedback = Fausse complicité : vous représentez le créancier, et il le sait. Cette connivence sonne faux et sape la crédibilité de votre engagement.
distrust-written_guarantee = Je comprends votre méfiance après ce que vous avez vécu. Si je comprends bien, vous voulez être sûr que rien d’autre ne vous sera réclamé. Aucun frais de recouvrement ne peut être mis à votre charge, et je vous envoie l’échéancier par écrit, avec les montants et les dates. Et si vous préférez garder la main, vous pouvez payer par virement à chaque échéance.
    .feedback = Vous accueillez sa méfiance, vous reformulez l’objection et vous y répondez par des garanties vraies et vérifiables : un écrit, des montants fixes, aucun frais, le choix du moyen de paiement.
distrust-take_it_or_leave = Oui, mais c’est à prendre ou à laisser, Monsieur. Il faut bien que vous payiez.
    .feedback = « Oui, mais », « il faut » et l’ultimatum balaient sa crainte au lieu d’y répondre. Une méfiance ignorée devient un refus.

## conclure

payment_method = Bon… D’accord. Mais je ferai des virements, pas de prélèvement. Et je veux tout noir sur blanc, hein.
    .alt1 = Bon. Ça marche. Mais par virement : mon RIB, je le donne pas. Et vous m’envoyez tout par écrit.
payment_method-first_date = Très bien, par virement, et vous aurez tout par écrit. Pouvez-vous faire le premier virement de 86,20 € dès aujourd’hui ?
    .feedback = Vous acceptez sa condition et passez à la conclusion par une question fermée qui appelle un engagement précis : un montant et une date.
payment_method-whenever = Comme vous voulez, quand vous voulez. Rien ne presse.
    .feedback = Au moment où il est prêt, vous lâchez la date : sans échéance précise, l’accord n’engage à rien.
payment_method-deadline = Parfait, mais c’est aujourd’hui avant 18 heures, sinon l’accord tombe et je ne pourrai plus rien pour vous.
    .feedback = Fausse urgence et menace voilée : rien ne justifie cette limite. Méfiant comme il est, il y voit un piège et peut tout remettre en cause.

first_payment = Ce soir, je le fais depuis mon appli. Et les cent euros, le 5, juste après la paie. Vous m’envoyez le RIB ?
    .alt1 = Aujourd’hui, oui, je m’en occupe ce soir. Et le 5 de chaque mois pour le reste. Il me faut vos coordonnées bancaires.
first_payment-skip_recap = Oui, je vous envoie tout ça par e-mail. Bonne soirée, Monsieur Lefort !
    .feedback = L’accord est là, mais vous raccrochez sans le récapituler : montants, dates et référence risquent d’être mal compris, et c’est la première cause d’échéance manquée.
first_payment-recap = Bien sûr. Je récapitule : 86,20 € par virement ce soir, puis 100 € les 5 novembre, 5 décembre, 5 janvier et 5 février, avec la référence TEL-2026-88412 en libellé. Je vous envoie dans l’heure la confirmation écrite et le RIB par e-mail, et votre réclamation part aujourd’hui chez TéléFibre. Tout est juste pour vous ?
    .feedback = Un récapitulatif précis, montants, dates, moyen de paiement et référence, suivi d’une question fermée de validation : l’engagement est clair pour les deux parties, et vous annoncez la confirmation écrite.
first_payment-fees_add = Je vous l’envoie. Je vous préviens juste qu’on ajoutera 40 € de frais de recouvrement à la dernière échéance.
    .feedback = Illégal face à un consommateur : l’indemnité forfaitaire de 40 € ne vaut qu’entre professionnels. Glisser ces frais en fin d’appel est déloyal et peut faire capoter tout l’accord.

final_check = C’est bon. Et ma réclamation, vous la transmettez vraiment, hein ? Pas comme les autres…
    .alt1 = D’accord, c’est juste. Mais ma réclamation, elle part vraiment ? Parce que des promesses, on m’en a déjà fait.
final_check-guarantee_refund = Vraiment, et je vous garantis qu’ils vous rembourseront les frais de résiliation.
    .feedback = Vous garantissez une décision qui appartient à TéléFibre pour emporter son adhésion : c’est une promesse trompeuse, qui fragilisera l’accord dès leur réponse.
final_check-try = Je vais essayer, mais vous savez, ce n’est pas moi qui décide…
    .feedback = « Je vais essayer » et la défausse sur les autres ruinent la confiance gagnée : il doute maintenant de tout l’accord.
final_check-commit = Je m’y engage : votre réclamation part aujourd’hui au service client de TéléFibre, avec les dates de la coupure, du 2 au 23 juin. La décision leur appartient, je ne peux pas vous la promettre, mais vous aurez leur réponse par écrit. Et vous recevez dans l’heure la confirmation de notre accord : 86,20 € ce soir, puis 100 € le 5 de chaque mois jusqu’en février. Merci pour cet échange, Monsieur Lefort.
    .feedback = Vous vous engagez sur ce qui dépend de vous, vous dites honnêtement ce qui n’en dépend pas, et vous reprenez l’accord une dernière fois : une clôture nette et courtoise.

## fins

plan_agreed = Bon. Ben… merci. Vous avez été correcte, finalement. J’attends votre mail.
    .alt1 = D’accord. Je fais le virement ce soir. Et… merci de m’avoir écouté.
    .outcome = Échéancier accepté : 86,20 € ce soir, puis quatre mensualités de 100 € le 5 de chaque mois, soit les 486,20 € soldés en février, dans les moyens du client. Sa réclamation sur la coupure est transmise à TéléFibre, et la relation est préservée.
plan_short = Voilà, quand on veut ! Allez, au revoir.
    .alt1 = Bon, ben voilà. 80 maintenant, 100 par mois. Au revoir.
    .outcome = Accord incomplet : 80 € aujourd’hui et 100 € par mois, sans date fixée, soit 480 € sur 486,20 €. Le solde reste en suspens, sa réclamation n’a pas été prise en charge, et faute de contrepartie l’accord est fragile.
plan_false_hope = Parfait ! Je paie, et TéléFibre me rembourse. Enfin une bonne nouvelle.
    .alt1 = Ah ben voilà, c’est tout ce que je demandais ! Je paie, et ils me remboursent.
    .outcome = Échéancier obtenu, 86,20 € puis quatre fois 100 €, mais sur une promesse que vous ne pouvez pas tenir : si TéléFibre refuse le remboursement, le client se sentira trompé et risque d’arrêter ses versements.
doubtful_promise = On verra. Je fais le virement de ce soir. Pour le reste, si j’ai pas de nouvelles de ma réclamation, je paie plus.
    .alt1 = Mouais. Le premier virement, je le fais. Le reste, on verra si TéléFibre bouge.
    .outcome = Seul le premier versement de 86,20 € est vraiment promis. La confiance construite pendant l’appel s’est effritée à la dernière phrase, et les mensualités suivantes sont incertaines.
tricked_promise = Cent euros ce soir, et vous faites annuler le reste. Marché conclu.
    .alt1 = D’accord : cent euros ce soir, et la facture disparaît. On est bien d’accord ?
    .outcome = 100 € promis ce soir, au-delà de ce qu’il peut verser, et en échange d’une annulation que vous ne pouvez pas obtenir. Quand il découvrira que la facture reste due, il aura de bonnes raisons de porter réclamation contre le cabinet.
vague_promise = Voilà. Je paierai quand je pourrai. Au revoir.
    .alt1 = Ben voilà. Je verrai ce que je peux faire. Au revoir.
    .outcome = Promesse sans montant ni date : rien ne garantit un paiement, et le dossier reviendra dans quelques semaines au même point.
stalled = C’est ça. Et ne me rappelez pas.
    .alt1 = C’est ça, c’est ça. Au revoir.
    .outcome = Aucun accord, aucun engagement : le dossier reste ouvert, et la prochaine relance partira d’une relation encore plus dégradée.
flat_refusal = Je paierai pas. Faites ce que vous voulez, je m’en fiche.
    .alt1 = Vous savez quoi ? Je paie rien. Envoyez-moi qui vous voulez.
    .outcome = Refus net. Le dossier devra passer par une mise en demeure puis, faute de paiement, par une procédure judiciaire, plus longue et plus coûteuse pour le créancier.
lawyer_escalation = Très bien. Vous aurez des nouvelles de mon avocat. Et de la presse.
    .alt1 = Parfait. Je transmets tout à mon avocat, et on se reverra devant le juge.
    .outcome = Escalade : le client coupe court et confie l’affaire à son avocat. Le créancier devra gérer un litige formel, avec un risque pour son image, alors qu’un échéancier était à portée de main.
hangs_up = Allez au diable, vous et TéléFibre !
    .alt1 = Ça suffit ! Au revoir !
    .outcome = Le client a raccroché, excédé. Aucun accord, et le prochain contact sera encore plus difficile à obtenir.
