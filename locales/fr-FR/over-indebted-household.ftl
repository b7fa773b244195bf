## Le foyer surendetté (formation « Gérer le recouvrement amiable en préservant la relation »)

title = Le foyer surendetté
summary = Nadia Ferreira, mère seule de deux enfants, au chômage depuis mars, doit 1 087,20 € sur son prêt auto ; elle n'ouvre plus son courrier, elle a honte, et d'autres dettes s'accumulent.
briefing-debtor = Nadia Ferreira, 37 ans, Saint-Étienne. Cliente de Moneval Crédit depuis octobre 2022, elle a payé sans incident pendant quarante-cinq mois. Le dossier mentionne un changement d'adresse en 2025 et un changement de domiciliation bancaire au printemps 2026. Aucun contact depuis les impayés : elle ne répond ni aux courriers ni aux messages.
briefing-creditor = Vous êtes Karim Benali, chargé de recouvrement au cabinet Recouvra, mandaté par Moneval Crédit. Mme Ferreira a souscrit en octobre 2022 un prêt personnel pour l'achat d'une voiture d'occasion, remboursable en 48 mensualités de 362,40 €. Les trois dernières échéances (5 juillet, 5 août et 5 septembre 2026) sont impayées : 1 087,20 €, référence MVC-2022-30471. Le prêt est terminé par ailleurs. Phase amiable, débitrice particulière : aucun frais de recouvrement ne peut lui être facturé, aucune saisie n'est possible sans titre exécutoire, et la dette ne se discute qu'avec elle. Vous pouvez accepter un échéancier adapté à sa capacité réelle, ou suspendre les relances trente jours le temps d'une orientation vers un accompagnement.
briefing-history = Moneval Crédit a écrit le 15 juillet, envoyé un SMS le 29 juillet, puis un second courrier le 12 août, sans réponse. Le dossier a été confié à Recouvra le 18 septembre : lettre le 22 septembre, message vocal le 1er octobre, jamais rappelé. Nous sommes le jeudi 8 octobre 2026, en fin d'après-midi : c'est le premier appel où elle décroche.

## Contact

opening = Allô ?… Oui, c'est moi. C'est… c'est pour le crédit, c'est ça ? Je sais, je sais.
    .alt1 = Oui, allô ? … Oui, Nadia Ferreira, c'est moi. Vous appelez pour la voiture, hein ? J'ai vu le numéro.
    .alt2 = Allô… Oui ? C'est encore pour l'argent, c'est ça ? J'ai eu votre message.
opening-identify = Bonjour Madame Ferreira, je suis Karim Benali, du cabinet Recouvra. Je vous appelle pour le compte de Moneval Crédit, au sujet de votre prêt auto, référence MVC-2022-30471. Merci d'avoir décroché, je sens que ce n'est pas un appel facile pour vous. Vous avez quelques minutes pour qu'on en parle tranquillement ?
    .feedback = Vous vous présentez, vous nommez le créancier et la référence, et vous accueillez tout de suite son appréhension sans la juger : le contact est posé, et elle peut respirer.
opening-demand = Madame Ferreira, vous avez 1 087,20 € d'impayés sur votre crédit et vous ne répondez à aucun courrier. Vous devez régulariser aujourd'hui.
    .feedback = Vous ne vous présentez pas et vous attaquez par le reproche : « vous devez », face à quelqu'un qui a déjà honte, ne fait qu'augmenter sa détresse et peut la faire raccrocher.
opening-apologise = Oh, pardon de vous déranger… Ce n'est rien d'urgent, hein, je peux rappeler un autre jour si vous préférez.
    .feedback = Vous vous excusez d'appeler et vous offrez vous-même une porte de sortie, sans vous présenter : elle risque de la prendre, et le dossier continuera de s'alourdir.

brush_off = Oui… rappelez plus tard, s'il vous plaît. Là, je ne peux pas, les enfants vont rentrer de l'école.
    .alt1 = Ah… oui, c'est mieux, rappelez-moi une autre fois. Là, ce n'est vraiment pas le moment.
brush_off-agree_later = Bien sûr, aucun souci, je rappellerai… un de ces jours. Bonne soirée, Madame !
    .feedback = Vous acceptez une fuite sans date ni présentation : rien n'est réglé, et le prochain appel sera encore plus difficile pour elle.
brush_off-identify_now = Je comprends, et je ne vous retiendrai pas longtemps. Je me présente d'abord : Karim Benali, du cabinet Recouvra, pour Moneval Crédit, au sujet du prêt auto MVC-2022-30471. Plutôt que de laisser ce dossier vous peser encore des semaines, je vous propose cinq minutes maintenant : souvent, on se sent plus léger après.
    .feedback = Vous rattrapez l'identification, vous respectez sa contrainte et vous posez une limite bienveillante : cinq minutes maintenant plutôt qu'une fuite qui l'angoissera davantage.
brush_off-you_owe = Madame, ça fait trois mois que vous repoussez. Vous devez 1 087,20 €, ça ne peut plus attendre.
    .feedback = Vous répondez à sa gêne par la pression et le reproche, toujours sans vous présenter : elle se sent acculée, et la conversation se ferme.

## Comprendre

shame = Je sais que je vous dois de l'argent… Les lettres, je ne les ouvre même plus. J'ai honte, vous savez. Pardon… Excusez-moi, je… je suis désolée.
    .alt1 = Je sais bien que je n'ai pas payé… Les courriers, je les mets dans un tiroir sans les ouvrir. J'ai tellement honte… Pardon, je pleure, c'est ridicule.
    .alt2 = Vous devez me prendre pour une mauvaise payeuse… Je n'ouvre plus rien, les lettres s'empilent. Excusez-moi… je n'arrive pas à m'arrêter de pleurer.
shame-pity = Oh, ma pauvre dame… Ne pleurez pas, voyons. Écoutez, oubliez ce crédit pour le moment, ce n'est vraiment pas le plus important.
    .feedback = C'est de la sympathie, pas de l'empathie : vous vous apitoyez et vous lâchez la dette. Elle sera soulagée une minute, mais rien ne l'aidera à s'en sortir.
shame-welcome = Prenez votre temps, Madame Ferreira, je suis là. Vous me dites que vous n'ouvrez plus les courriers tant c'est lourd : c'est une réaction très humaine. Je ne vous appelle pas pour vous accabler, mais pour chercher avec vous une solution tenable. Qu'est-ce qui s'est passé, ces derniers mois ?
    .feedback = Vous accueillez l'émotion sans la juger, vous reformulez ce qu'elle vient de dire et vous ouvrez par une question ouverte : elle peut raconter sa situation plutôt que s'excuser.
shame-dont_cry = Madame, pleurer ne va pas régler le dossier. Vous avez signé un contrat, il faut payer vos échéances.
    .feedback = Vous répondez aux larmes par la morale et l'injonction : c'est agressif, cela redouble sa honte et peut mettre fin à l'appel.

breakdown = Vous croyez que je ne le sais pas, que je dois payer ? Vous croyez que ça m'amuse ? Je n'ai plus de travail, j'élève mes deux enfants toute seule… Vous êtes tous pareils, vous ne voyez que vos chiffres !
    .alt1 = Mais vous pensez que je le fais exprès ? Je n'ai plus d'emploi, je suis seule avec mes gosses, et vous, vous me parlez comme à une voleuse !
    .alt2 = Arrêtez ! Vous ne savez rien de ma vie. J'ai perdu mon travail, je m'occupe seule de mes enfants… Vous ne voyez que votre argent !
breakdown-insist = Je ne fais que vous rappeler vos obligations, Madame. Vos difficultés ne changent rien au contrat : il faut payer.
    .feedback = Vous opposez le contrat à sa détresse et vous haussez le ton : elle n'a plus aucune raison de rester en ligne, et vous n'apprendrez rien de sa situation.
breakdown-give_up = Bon… excusez-moi, je vais vous laisser tranquille.
    .feedback = Vous battez en retraite au premier reproche : l'appel se termine sur un échec, et elle reste seule avec ses dettes et sa colère.
breakdown-own_it = Vous avez raison, et je vous présente mes excuses : ce n'était pas le bon ton. Vous élevez seule vos enfants, sans travail, et je suis venu ajouter de la pression. Je ne suis pas là pour vous accabler. Si vous le voulez bien, reprenons calmement : qu'est-ce qui est le plus lourd pour vous, en ce moment ?
    .feedback = Vous reconnaissez votre erreur sans vous aplatir, vous reformulez ce qu'elle vit et vous relancez par une question ouverte : vous reprenez le fil de la compréhension.

relief_stall = Vraiment ? Vous pouvez mettre le dossier de côté ? Oh merci… Alors on oublie pour l'instant, et je vous rappellerai quand j'aurai retrouvé du travail.
    .alt1 = C'est vrai ? On peut laisser ça de côté ? Merci, merci… Je vous recontacterai quand j'aurai un travail, promis.
relief_stall-honest_reframe = Je me suis mal exprimé, pardon : je ne peux pas effacer ce crédit, et je ne veux pas non plus vous laisser seule face à tout ça. Je vous propose qu'on prenne le temps de regarder votre situation ensemble, pour trouver ce qui est vraiment possible. Qu'est-ce qui pèse le plus, aujourd'hui ?
    .feedback = Vous corrigez le faux espoir avec franchise et sans froideur : vous dites non à l'oubli de la dette, tout en proposant d'avancer ensemble par une question ouverte.
relief_stall-agree_forget = Oui, oui, on oublie pour l'instant. Vous nous rappellerez quand ça ira mieux.
    .feedback = Vous confirmez un faux espoir : la dette ne disparaît pas, les relances reprendront, et elle n'aura reçu ni solution ni orientation.
relief_stall-guilt = Je veux bien être compréhensif, mais si vous ne faites aucun effort, mon responsable ne me laissera pas faire. Pensez à vos enfants : vous ne voulez pas d'ennuis en plus.
    .feedback = Vous passez de la complaisance à la culpabilisation, en vous servant de ses enfants : c'est manipulateur, et la peur lui fera promettre ce qu'elle ne peut pas tenir.

story = C'est que… tout est arrivé en même temps. Mon mari est parti l'an dernier, le divorce a été prononcé en janvier. Et en mars, le magasin de meubles où je travaillais depuis neuf ans a fermé. Je suis seule avec Léa et Tom, ils ont dix et six ans. Et il n'y a pas que vous : j'ai du retard de loyer, l'électricité aussi…
    .alt1 = Tout s'est enchaîné. Mon mari est parti, on a divorcé en janvier, et en mars le magasin où je bossais depuis neuf ans a fermé. Licenciement économique. J'ai Léa, dix ans, et Tom, six ans. Et j'ai du retard partout : le loyer, l'électricité…
    .alt2 = L'an dernier mon mari est parti. Le divorce est passé en janvier, et deux mois après, mon magasin a fermé, neuf ans que j'y étais. Je m'occupe seule des enfants, Léa et Tom. Et je ne suis pas en retard que chez vous : le loyer, l'électricité…
story-ask_amount = Je vois. Alors allons à l'essentiel : combien pouvez-vous verser par mois ? 150 €, c'est jouable ?
    .feedback = Vous sautez au montant sans connaître son budget, et vous suggérez un chiffre : elle risque d'accepter par honte un engagement qu'elle ne pourra pas tenir.
story-summarise_explore = Si je comprends bien, en un an vous avez traversé une séparation, puis la perte de votre emploi en mars, et vous élevez seule Léa et Tom. Et ce crédit n'est pas la seule dette : le loyer et l'électricité sont en retard aussi. C'est beaucoup à porter. Si vous le voulez bien, regardons votre budget ensemble : comment se passe un mois, aujourd'hui, entre ce qui rentre et ce qui sort ?
    .feedback = Vous reformulez les faits clés (divorce, licenciement, enfants, autres dettes), vous reconnaissez le poids de la situation et vous ouvrez le diagnostic budgétaire par une question ouverte.
story-priority_credit = Je comprends, mais entre nous, votre bailleur peut attendre un peu, c'est un office HLM. Nous, nous ne pourrons pas patienter longtemps : mieux vaut régler le crédit en priorité.
    .feedback = Vous la poussez à sacrifier son loyer, une dette prioritaire qui protège son logement et ses enfants : c'est manipulateur, et contraire à tout diagnostic responsable.
story-shelve = Oh là là, quelle année… Bon, écoutez, je ne vais pas vous ennuyer avec ça aujourd'hui.
    .feedback = Par gêne, vous renoncez à comprendre et à proposer : elle comprend que le dossier est mis de côté, ce qui est faux.

budget = Ce qui rentre ? Le chômage, 1 150 €. Les allocations familiales, 150, et l'APL, 260. La pension de mon ex, 200 €… quand il pense à la verser. Et ce qui sort : le loyer, 690, l'électricité, 110, les assurances, le téléphone, la cantine, l'essence… Un peu plus de 1 000 € en tout. Je refais les comptes tous les soirs, et il ne reste presque rien.
    .alt1 = Alors… j'ai 1 150 € de chômage, 150 € d'allocations familiales, 260 € d'APL. Mon ex doit 200 € de pension, mais c'est une fois sur deux. Après, il y a le loyer à 690, l'électricité à 110, les assurances, le téléphone, la cantine, l'essence : plus de 1 000 € qui partent tout de suite. Le reste, c'est pour manger.
budget-reste_a_vivre = Si je résume : environ 1 560 € qui rentrent, sans compter la pension qui arrive quand elle arrive, et un peu plus de 1 000 € de charges fixes. Autrement dit, il vous reste à peine 500 € pour nourrir et habiller trois personnes : je mesure à quel point c'est serré, et c'est de là que nous partirons pour trouver une solution qui tienne. À côté du loyer et de l'électricité, quelles autres dettes avez-vous en cours ?
    .feedback = Vous faites le point chiffré (revenus, charges, reste à vivre), vous le lui restituez avec tact et vous complétez le diagnostic par une question ouverte sur les autres dettes.
budget-tighten_belt = Il vous reste quand même 500 € par mois. En vous serrant un peu la ceinture, vous pouvez bien mettre 150 € pour nous, non ?
    .feedback = Vous jugez son budget et vous orientez la réponse : 150 € sur 500 € pour trois personnes, c'est un plan qu'elle ne tiendra pas, obtenu par la pression.
budget-let_go = Bon, avec tout ça, je ne vais pas en rajouter. On laisse tomber pour l'instant, vous nous rappellerez quand ça ira mieux.
    .feedback = Elle vient de vous confier son budget et vous abandonnez : aucune solution, aucune orientation, et un faux espoir que le dossier est suspendu.

spiral = Il y a aussi un crédit renouvelable, 2 300 €, dans un autre organisme. Je l'ai ouvert au printemps… pour payer vos échéances d'avril à juin. Je sais, c'était idiot. Maintenant je rembourse 95 € par mois dessus, et je ne dors plus. Des fois je me dis que je n'en sortirai jamais.
    .alt1 = Et puis… j'ai pris un crédit renouvelable au printemps, 2 300 €, pour continuer à vous payer. C'est bête, hein ? Ça me coûte 95 € par mois, maintenant. Je n'en dors plus. J'ai l'impression de m'enfoncer.
    .alt2 = Il y a encore autre chose… Un crédit revolving, 2 300 €. Je l'ai pris pour payer vos mensualités, au printemps. Je rembourse 95 € par mois. Je ne dors plus la nuit, je ne vois pas comment m'en sortir.
spiral-new_loan = Vous savez, certains demandent un coup de main à leur famille, ou un petit prêt pour tout solder d'un coup. Ce serait plus simple pour tout le monde, et vous seriez tranquille avec nous.
    .feedback = Vous lui suggérez de s'endetter encore pour vous payer, alors qu'elle vient de décrire exactement cette spirale : c'est manipulateur et cela aggrave sa situation.
spiral-count_only = D'accord. Et ce crédit renouvelable, il vous reste combien à rembourser, exactement ?
    .feedback = Vous complétez le diagnostic, c'est utile, mais vous passez à côté de sa détresse et du signal de surendettement : elle a besoin d'être orientée vers de l'aide.
spiral-orient = Vous me dites que vous avez emprunté pour rembourser, et que vous n'en dormez plus. Ce n'est pas idiot : c'est ce que font beaucoup de gens pris à la gorge, et cela porte un nom, le surendettement. Vous n'avez pas à vous en sortir seule : une assistante sociale, un Point conseil budget ou l'association Crésus peuvent vous aider à tout remettre à plat, et la Banque de France a une commission pour ces situations. Qui vous accompagne, aujourd'hui, dans vos démarches ?
    .feedback = Vous reformulez sans juger, vous nommez la spirale du surendettement et vous orientez vers les aides adaptées, puis une question ouverte vérifie qui l'entoure déjà.

## Convaincre

unrealistic_yes = D'accord… d'accord. Je vais me débrouiller, je demanderai à ma mère s'il le faut. Dites-moi combien, je paierai. Je ne veux pas d'ennuis.
    .alt1 = Bon… Je trouverai. Je sauterai des repas s'il faut, mais je paierai. Dites-moi juste combien. Je ne veux pas d'huissier.
    .alt2 = Oui, oui, d'accord… Je vais faire un effort, je vous le promets. Combien il faut ? Je ne veux pas de problème.
unrealistic_yes-lock_150 = Parfait : 150 € par mois à partir du 10 novembre, pendant huit mois. Vous voyez, quand on veut, on trouve toujours une solution !
    .feedback = Vous verrouillez un montant qu'elle accepte par peur, en la flattant : 150 € sur son reste à vivre, c'est un plan irréaliste, il ne sera pas tenu.
unrealistic_yes-check_capacity = Attendez, Madame Ferreira. Vous me dites que vous paierez n'importe quoi pour ne pas avoir d'ennuis, et je l'entends. Mais je ne veux pas que vous promettiez un montant sous le coup de la peur : un engagement qu'on ne peut pas tenir, ça n'arrange personne. Partons plutôt de ce qui vous reste vraiment, une fois le loyer et les charges payés.
    .feedback = Vous refusez un accord arraché par la peur et vous revenez au diagnostic de sa capacité réelle : c'est la seule base d'un plan qui sera tenu.
unrealistic_yes-note_150 = Alors disons 150 € par mois. Ça vous irait ?
    .feedback = Vous enregistrez un montant qu'elle n'a pas choisi et que son budget ne permet pas : la question fermée n'est qu'une formalité, le plan est irréaliste.

fear = La Banque de France ? Mais… on va me ficher, non ? Et on va venir prendre mes meubles ? Vous, vous allez m'envoyer l'huissier ?
    .alt1 = Un dossier à la Banque de France ? Mais je serai fichée à vie ! Et l'huissier, il va venir chez moi, devant les enfants ?
    .alt2 = La commission de surendettement ? J'ai peur… On m'a dit qu'après, ils saisissent tout. C'est vous qui allez m'envoyer quelqu'un ?
fear-dissuade = Franchement, je vous déconseille la Banque de France : vous serez fichée des années, plus aucune banque ne vous suivra. Un petit arrangement avec nous, c'est bien plus simple.
    .feedback = Vous la détournez d'une protection à laquelle elle a droit pour préserver votre propre encaissement : c'est manipulateur, et elle risque de s'enfoncer.
fear-reassure_truth = Je comprends que ça fasse peur, et je vous réponds franchement. Vous craignez d'être fichée et qu'on vienne chez vous : aujourd'hui, nous sommes dans une démarche amiable, personne ne viendra, et aucune saisie n'est possible sans décision de justice. Le dossier de surendettement, lui, est gratuit ; s'il est déclaré recevable, les procédures contre vous sont suspendues. Oui, vous seriez inscrite au fichier de la Banque de France pendant la durée des mesures, mais c'est d'abord une protection, pour vous et pour vos enfants.
    .feedback = Vous reformulez ses peurs et vous y répondez avec des faits exacts (pas de saisie sans titre, suspension une fois le dossier recevable, inscription au fichier) : l'objection tombe, la confiance grandit.
fear-seize_threat = Je ne vais pas vous mentir : si vous ne payez pas, l'huissier pourra saisir vos meubles et votre voiture. Alors mieux vaut s'arranger avec moi tout de suite.
    .feedback = Menace fausse et illégale : aucune saisie n'est possible sans titre exécutoire, et nous sommes en phase amiable. C'est un manquement grave, face à une personne déjà fragile.
fear-dont_know = Oh, la Banque de France, je ne connais pas trop… On verra bien, ne vous tracassez pas pour ça.
    .feedback = Vous laissez sa peur sans réponse et vous esquivez : elle ne sait toujours pas ce qu'elle risque ni vers qui se tourner.

what_can_i_do = Bon… Et vous, concrètement, qu'est-ce que vous attendez de moi ? Parce que 362 € par mois, je ne les ai pas. Je ne les ai plus depuis des mois.
    .alt1 = D'accord, mais vous, qu'est-ce que vous voulez ? Les 362 € par mois, c'est fini, je ne peux plus. Même un seul, je ne l'ai pas.
    .alt2 = Et maintenant, il se passe quoi avec vous ? Je ne peux pas vous donner 362 € par mois, c'est impossible.
what_can_i_do-demand_150 = Il faut quand même faire un effort, Madame : 150 € par mois, c'est le minimum pour que je puisse bloquer le dossier.
    .feedback = Ce « minimum » n'existe pas : vous inventez une contrainte pour obtenir un montant trois fois supérieur à sa capacité. Le plan sera irréaliste et elle le sait.
what_can_i_do-whatever = Donnez ce que vous pouvez, quand vous pouvez. On n'est pas à quelques euros près.
    .feedback = Sans montant ni date, ce n'est pas un accord : elle reste dans le flou, et le dossier reviendra vers elle plus tard, plus lourd.
what_can_i_do-two_options = Je ne vous demanderai pas 362 €. Vous m'avez expliqué qu'une fois le crédit renouvelable payé, il vous reste à peine 400 € pour vivre à trois, et le loyer et la nourriture passent avant. Je vous propose deux pistes : soit un petit versement mensuel, d'un montant que vous fixez vous-même selon ce qui reste ; soit une pause de trente jours sans relance, le temps de voir l'assistante sociale, et on refait le point ensuite. Qu'est-ce qui vous paraît le plus tenable ?
    .feedback = Vous prenez en compte son objection, vous repartez de son reste à vivre et vous proposez deux solutions réalistes, dont l'orientation vers un accompagnement : elle reste actrice de la décision.
what_can_i_do-fees = Je peux vous proposer un étalement, mais je dois y ajouter 80 € de frais de dossier : c'est la règle pour tout échéancier.
    .feedback = Faux et illégal : les frais de recouvrement amiable ne peuvent pas être mis à la charge d'un particulier. Vous alourdissez la dette d'une personne surendettée.

fees_shock = Des frais en plus ? Mais… je n'ai déjà pas de quoi payer le reste. Comment je fais, moi ?
    .alt1 = 80 € de plus ? Mais c'est impossible, je n'y arrive déjà pas ! Vous voulez m'enfoncer ?
    .alt2 = Attendez, il y a des frais, en plus ? Je ne savais pas… Je ne vais jamais y arriver.
fees_shock-withdraw_fees = Vous avez raison de m'arrêter, et je vous prie de m'excuser : je me suis trompé. Aucun frais de recouvrement ne peut vous être facturé, vous ne devez que les 1 087,20 €. Vous me dites que vous n'avez déjà pas de quoi payer : repartons de ce qui vous reste vraiment chaque mois.
    .feedback = Vous reconnaissez l'erreur, vous rétablissez le droit (pas de frais pour un particulier) et vous revenez à sa capacité réelle : la confiance peut se reconstruire.
fees_shock-maintain = C'est la procédure, Madame, je n'y peux rien. Les frais font partie de la dette.
    .feedback = Vous maintenez des frais que la loi interdit de facturer à un particulier : deuxième manquement, et elle a toutes les raisons de porter réclamation.
fees_shock-drop_all = Bon, bon, oubliez les frais… et puis oubliez le reste aussi, on verra plus tard.
    .feedback = Pour sortir de l'embarras, vous abandonnez tout : ni solution ni orientation, seulement un faux soulagement.

choice = Je pourrais mettre… 50 € par mois ? Peut-être. Mais si la machine à laver lâche, ou avec la rentrée… Et si on me dit de faire un dossier de surendettement, je fais comment avec vous ?
    .alt1 = Peut-être 50 € par mois… Mais j'ai peur d'un imprévu, une panne, une facture. Et si je dépose un dossier à la Banque de France, ça se passe comment avec vous ?
    .alt2 = 50 €, je crois que je peux. Enfin, s'il n'arrive rien. Et si on me conseille un dossier de surendettement, qu'est-ce que je fais avec votre échéancier ?
choice-accept_with_frame = 50 € par mois, c'est un montant que vous avez choisi et qui vous laisse de quoi vivre : je l'accepte. Vous craignez un imprévu, et c'est légitime. En contrepartie, je vous demande une seule chose : si un mois vous ne pouvez pas, appelez-moi avant l'échéance plutôt que de laisser passer, et on en parle. Et si vous déposez un dossier à la Banque de France, prévenez-moi : les versements s'arrêteront et notre créance sera traitée dans les mesures de la commission.
    .feedback = Vous validez un montant dans sa capacité, vous reformulez sa crainte, vous demandez une contrepartie simple et vous expliquez l'articulation avec un dossier de surendettement : un accord solide et honnête.
choice-push_150 = 50 € ? Il faudrait presque deux ans ! Mettez 150 €, en faisant attention vous y arriverez.
    .feedback = Vous balayez le montant qu'elle a calculé et vous triplez l'exigence : c'est de la pression, et un plan au-dessus de son reste à vivre ne sera pas tenu.
choice-whatever_amount = 50, 30, comme vous le sentez. Et si vous ne pouvez pas, ce n'est pas grave, on verra.
    .feedback = Vous ne fixez rien et vous annoncez d'avance que ne pas payer « n'est pas grave » : ce n'est pas un accord, et ses questions restent sans réponse.

pause_choice = Honnêtement… avant de promettre quoi que ce soit, je préférerais voir l'assistante sociale. Je ne veux pas m'engager sur un montant et ne pas le tenir, encore une fois.
    .alt1 = Je préfère être franche : je ne veux rien promettre avant d'avoir vu quelqu'un, une assistante sociale. Si je m'engage et que je ne tiens pas, ce sera pire.
    .alt2 = Vous savez, je crois qu'il faut d'abord que je fasse le point avec quelqu'un. Je ne veux plus promettre des choses que je ne peux pas tenir.
pause_choice-no_pause = Une pause ? Ce n'est pas possible, Madame. Le dossier ne peut pas rester ouvert sans paiement : il faut un montant aujourd'hui.
    .feedback = Vous refusez une demande raisonnable et vous exigez un montant immédiat : c'est une pression qui produira, au mieux, un engagement irréaliste.
pause_choice-grant_pause = Vous préférez ne rien promettre que vous ne pourriez pas tenir, et c'est une démarche responsable. Je vous propose de suspendre les relances pendant trente jours. En contrepartie, vous prenez rendez-vous avec l'assistante sociale, un Point conseil budget ou Crésus, et nous nous rappelons à une date fixée ensemble pour décider de la suite.
    .feedback = Vous reformulez sa demande, vous accordez une pause encadrée en échange d'un engagement précis (rendez-vous, date de rappel) et vous l'orientez vers l'aide : souplesse et fermeté.
pause_choice-open_ended = Prenez tout le temps qu'il vous faut, on ne vous relancera plus, c'est promis.
    .feedback = Une pause sans durée ni contrepartie, et une promesse que vous ne pouvez pas tenir : le dossier reste en suspens, et elle n'a aucune étape concrète.

## Conclure

date = D'accord. Le chômage tombe vers le 5 du mois… Je le fais quand, le versement ?
    .alt1 = Bon, 50 €. Je touche l'allocation autour du 5. Vous voulez que je paie à quelle date ?
    .alt2 = Très bien. Mon chômage arrive vers le 5… Je vous l'envoie quand, alors ?
date-today_card = L'idéal, ce serait un premier versement tout de suite, par carte, pour prouver votre bonne foi. Vous avez votre carte sous la main ?
    .feedback = Vous créez une urgence qui n'existe pas : elle n'a rien de disponible aujourd'hui, et ce versement serait pris sur l'argent des courses.
date-fix_date = Je vous propose le 10 de chaque mois, quelques jours après votre allocation, par virement, à partir du 10 novembre. Le 10, ça vous convient ?
    .feedback = Une date précise, calée sur ses rentrées, et une question fermée pour la valider : c'est ainsi qu'on conclut un accord qui sera tenu.
date-no_rush = Quand vous voulez, il n'y a pas d'urgence. Vous verrez bien.
    .feedback = Sans date, l'accord reste une intention : le premier versement risque de ne jamais arriver.

food_money = Aujourd'hui ? Il me reste 60 € sur le compte jusqu'au 5, c'est pour les courses… Bon, si vous dites qu'il faut…
    .alt1 = Maintenant ? J'ai 60 € pour tenir jusqu'au 5, pour manger… Mais si c'est obligatoire, bon…
food_money-back_off = Non, gardez ces 60 € pour les courses, je n'aurais pas dû vous le demander. Vous me dites que c'est tout ce qu'il vous reste jusqu'au 5 : on n'y touche pas. Le premier versement sera le 10 novembre, comme prévu. C'est d'accord pour vous ?
    .feedback = Vous revenez sur une demande déplacée, vous reformulez sa contrainte et vous protégez son reste à vivre : l'accord redevient réaliste.
food_money-take_it = Ce serait un vrai signe de bonne foi. Donnez-moi votre numéro de carte, je prends 50 € tout de suite, et le reste suivra le 10.
    .feedback = Vous prenez l'argent de la nourriture d'une famille en jouant sur sa culpabilité : c'est manipulateur, et le plan démarre au-delà de ce qu'elle peut payer.
food_money-let_it_be = Bon… faites comme vous pouvez, aujourd'hui ou plus tard, je ne sais plus.
    .feedback = Vous la laissez dans la confusion que vous avez créée : plus de date, plus d'accord clair.

social_worker = Le 10, ça ira. Et… pour l'assistante sociale, je m'adresse à qui ? Je n'ai jamais fait ça.
    .alt1 = Le 10, d'accord. Et l'assistante sociale, comment on fait pour la voir ? Je ne sais même pas par où commencer.
    .alt2 = Oui, le 10. Et pour l'aide dont vous parliez… Je dois appeler où ? Je n'ai jamais demandé d'aide à personne.
social_worker-call_ex = Et votre ex-mari, il ne pourrait pas participer ? Donnez-moi son numéro, je lui explique la situation, ça le motivera peut-être à verser la pension.
    .feedback = Révéler sa dette à un tiers, son ex-conjoint qui plus est, est un manquement grave au secret et à la loi, et une humiliation pour elle.
social_worker-concrete_orientation = Beaucoup de gens font cette démarche pour la première fois, il n'y a aucune honte. Appelez le CCAS de votre mairie ou la Maison départementale des solidarités : ils vous donneront un rendez-vous avec une assistante sociale. Vous pouvez aussi joindre un Point conseil budget ou l'association Crésus, c'est gratuit. Je vous mets leurs coordonnées dans le courrier de confirmation. Vous pensez pouvoir les appeler d'ici lundi ?
    .feedback = Vous rendez l'orientation concrète (qui appeler, c'est gratuit, coordonnées par écrit) et vous obtenez un engagement daté par une question fermée.
social_worker-not_my_job = Ça, je ne sais pas trop, ce n'est pas mon domaine. Regardez sur internet, vous trouverez bien.
    .feedback = Vous esquivez sa demande d'aide au moment où elle est prête à agir : l'orientation, qui fait partie de votre rôle, reste lettre morte.

recap = Oui, je les appelle lundi. Vous m'envoyez quelque chose par écrit ? Je ne veux pas de mauvaise surprise.
    .alt1 = D'accord, lundi j'appelle. Vous me confirmez tout ça par courrier ? J'ai besoin de le voir écrit.
    .alt2 = Je m'en occupe lundi, promis. Et vous, vous m'envoyez un papier ? Je préfère avoir une trace.
recap-skip_recap = Oui, vous recevrez un courrier. Bonne soirée, Madame.
    .feedback = Vous concluez sans récapituler : montant, date, durée et engagements ne sont pas redits, et le moindre malentendu fera échouer le plan.
recap-add_fees = Oui, vous recevrez la confirmation, avec les 45 € de frais de relance qui s'ajoutent à la première échéance.
    .feedback = Faux et illégal : aucun frais de relance ne peut être facturé à un particulier en phase amiable. Vous trahissez la confiance gagnée pendant tout l'appel.
recap-recap_confirm = Bien sûr. Je récapitule : 50 € par mois, le 10 de chaque mois, par virement, à partir du 10 novembre ; vingt et un versements de 50 € puis un dernier de 37,20 €, sans aucun frais. Vous m'appelez avant une échéance si vous avez un imprévu, et si un dossier de surendettement est déposé, vous me prévenez. De votre côté, vous appelez le CCAS ou Crésus lundi. Je vous envoie la confirmation écrite demain, par courrier et par e-mail. C'est bien ça pour vous ?
    .feedback = Un récapitulatif complet et précis (montant, date, durée, absence de frais, engagements de chacun, confirmation écrite) validé par une question fermée : pas de mauvaise surprise possible.

callback_date = Trente jours… D'accord. Je vais appeler le CCAS demain. Et vous, vous me rappelez quand ?
    .alt1 = Une pause d'un mois, d'accord. J'appelle l'assistante sociale demain matin. Vous me rappelez à quelle date ?
    .alt2 = Merci… Je prends rendez-vous demain. Et on se reparle quand, alors ?
callback_date-fix_callback = Je vous propose le jeudi 5 novembre, en fin de matinée, après votre rendez-vous. Ça vous convient ?
    .feedback = Une date et une heure précises, placées après le rendez-vous, validées par une question fermée : la pause a un terme clair.
callback_date-chase_weekly = Je vous rappellerai chaque semaine pour voir où vous en êtes, comme ça vous n'oublierez pas.
    .feedback = Des appels chaque semaine pendant une pause accordée, c'est une pression proche du harcèlement : vous reprenez d'une main ce que vous avez donné de l'autre.
callback_date-no_date = Rappelez-nous quand vous aurez vu quelqu'un, il n'y a pas de date.
    .feedback = Sans date de rappel, la pause devient un abandon : personne ne sait quand le dossier reprendra.

pause_recap = D'accord, le 5. Et pendant ce temps, je ne recevrai plus de lettres ?
    .alt1 = Le 5 novembre, je note. Et d'ici là, plus de courriers de relance ?
    .alt2 = Très bien, le 5. Et les lettres, ça s'arrête jusque-là ?
pause_recap-recap_pause = Exactement. Je récapitule : les relances sont suspendues jusqu'au 5 novembre, sans aucun frais. De votre côté, vous appelez demain le CCAS pour un rendez-vous avec l'assistante sociale, ou Crésus. Le 5 novembre en fin de matinée, je vous rappelle et nous décidons ensemble : un petit échéancier ou un dossier à la Banque de France. Je vous confirme tout cela par écrit demain. C'est bien ça ?
    .feedback = Vous récapitulez la pause, sa durée, les engagements de chacun et les deux suites possibles, avec une confirmation écrite : la promesse est claire et vérifiable.
pause_recap-promise_forever = Plus jamais, je vous le garantis : vous n'entendrez plus parler de nous.
    .feedback = Vous promettez ce que vous ne pouvez pas tenir : la pause est de trente jours, et cette fausse garantie la laissera démunie quand le dossier reprendra.
pause_recap-skip_recap_pause = Non, plus de lettres. À bientôt, Madame Ferreira.
    .feedback = Réponse juste mais incomplète : sans récapitulatif, la date, les démarches et la suite ne sont pas fixées ensemble.

closing = Merci… Vraiment. Je ne pensais pas que ça se passerait comme ça. J'avais tellement peur de décrocher.
    .alt1 = Merci beaucoup. Je croyais que vous alliez me crier dessus… Ça fait des semaines que je n'osais pas répondre.
    .alt2 = Merci, Monsieur. Je me sens un peu moins perdue. J'avais si peur de cet appel.
closing-false_comfort = Ne vous inquiétez plus de rien, je m'occupe de tout. Vos dettes vont s'arranger, vous verrez.
    .feedback = Une fausse assurance : vous ne pouvez pas régler ses autres dettes à sa place. Elle doit rester actrice de ses démarches.
closing-lecture = Il ne fallait pas avoir peur. Si vous aviez répondu à nos courriers dès juillet, on n'en serait pas là.
    .feedback = Une leçon de morale en guise de conclusion : vous ravivez sa honte au moment où elle reprenait confiance, et la relation en sort abîmée.
closing-close_warm = Merci à vous d'avoir décroché et d'avoir tout mis sur la table, ce n'était pas facile. Vous avez fait le plus dur aujourd'hui. Si quelque chose change, appelez-moi directement : mon nom et ma ligne sont sur le courrier. Bonne soirée, Madame Ferreira, et bon courage.
    .feedback = Vous reconnaissez l'effort qu'elle a fait, vous restez joignable et vous terminez avec chaleur, sans moralisme : elle raccroche avec un plan et de l'espoir.

## Fins

plan_agreed = Merci. Je l'attends, votre courrier. Bonne soirée, Monsieur.
    .alt1 = D'accord. Merci encore. Au revoir, Monsieur Benali.
    .outcome = Échéancier réaliste : 50 € le 10 de chaque mois à partir du 10 novembre 2026, vingt-deux versements (le dernier de 37,20 €), sans frais, dans sa capacité. Mme Ferreira est orientée vers l'assistante sociale, un Point conseil budget ou Crésus, et sait qu'un dossier de surendettement suspendrait l'échéancier.
plan_bitter = Oui… bon. J'attendrai votre courrier. Au revoir.
    .alt1 = D'accord. Au revoir.
    .outcome = Échéancier réaliste de 50 € par mois à partir du 10 novembre 2026, mais la leçon de morale finale a ravivé sa honte : elle raccroche froidement, et la relation fragile construite pendant l'appel est entamée.
plan_squeezed = Voilà… c'est fait. Je me débrouillerai pour les courses. Au revoir.
    .alt1 = C'est bon, c'est passé. On mangera des pâtes cette semaine. Au revoir.
    .outcome = 50 € prélevés aujourd'hui sur l'argent des courses, puis 50 € par mois : le versement immédiat dépasse ce dont elle dispose, le plan démarre en la privant de l'essentiel et risque de casser dès le premier imprévu.
plan_unrealistic = D'accord… 150 €. Je… je trouverai. Au revoir.
    .alt1 = Oui, 150 €, c'est noté. Je ferai comme je peux. Au revoir.
    .outcome = Échéancier de 150 € par mois sur huit mois, accepté par peur : c'est trois fois sa capacité réelle (environ 50 €). Le plan est irréaliste, il ne sera pas tenu, et ses autres dettes (loyer, électricité) risquent de s'aggraver.
pause_promise = Merci. Alors à jeudi 5 novembre. Au revoir, Monsieur.
    .alt1 = D'accord, le 5 novembre. Merci de m'avoir laissé ce temps. Au revoir.
    .outcome = Pause réaliste : relances suspendues trente jours, rendez-vous pris avec une assistante sociale ou Crésus, rappel fixé au jeudi 5 novembre pour décider d'un petit échéancier ou d'un dossier à la Banque de France.
pause_bitter = Oui… Bon. Le 5, alors. Au revoir.
    .alt1 = D'accord. À dans un mois. Au revoir.
    .outcome = Pause de trente jours et rappel fixé au 5 novembre, mais la leçon de morale finale a ravivé sa honte : la promesse tient, la relation est abîmée.
vague_promise = Bon… D'accord. Je verrai ce que je peux faire. Au revoir.
    .alt1 = Oui, oui… on verra. Merci. Au revoir.
    .outcome = Promesse vague, sans montant ni date ni orientation : rien ne garantit un paiement, et Mme Ferreira reste seule face à ses dettes.
left_alone = D'accord… Au revoir.
    .alt1 = Oui. Au revoir.
    .outcome = Aucun accord : l'appel s'arrête avant d'avoir commencé, et le dossier reste bloqué tandis que ses dettes s'accumulent.
shut_down = Non, ça suffit. Je ne vous donnerai rien, faites ce que vous voulez. Ne me rappelez plus.
    .alt1 = Vous savez quoi ? Faites ce que vous voulez. Je ne veux plus vous parler.
    .outcome = Refus : sous la pression, Mme Ferreira se ferme complètement. Aucun accord, aucune orientation, et une débitrice fragile qui ne décrochera plus.
complaint = Là, c'est trop. Je vais en parler à l'assistante sociale et à une association de consommateurs : je suis sûre que vous n'avez pas le droit. Au revoir.
    .alt1 = Vous n'avez pas le droit de faire ça. Je vais me renseigner et porter réclamation. Au revoir.
    .outcome = Escalade : après un manquement (fausse menace, frais illégaux ou divulgation à un tiers), Mme Ferreira annonce une réclamation. Aucun accord, et l'image du créancier est atteinte.
hangs_up = Je… je ne peux pas. Je ne peux pas. (Elle raccroche en pleurs.)
    .alt1 = Laissez-moi tranquille ! (Elle raccroche en sanglotant.)
    .outcome = Elle a raccroché, submergée : aucun accord, et une personne en détresse laissée sans aide ni orientation.
