# Facture contestée par un client professionnel : deuxième relance téléphonique.

title = Facture contestée : deuxième relance chez un client professionnel
summary = Une gérante de brasserie conteste une facture de matériel de 4 200 € : séparer le litige réel de la partie due, présenter les risques et conclure un règlement.
briefing-debtor = Nathalie Royer, gérante de la SARL Brasserie Le Félix, une brasserie de 60 couverts à Nantes. Cliente depuis trois ans, elle a toujours payé, souvent avec un peu de retard. Elle conteste la facture EC-2026-0457, mais n’a jamais précisé par écrit ce qui ne va pas.
briefing-creditor = Inox Cuisine Équipement, fournisseur de matériel de cuisine professionnelle. Vous êtes Dominique Lenoir, du service recouvrement. La facture EC-2026-0457 du 10 juillet 2026, de 4 200 € TTC payables à 30 jours (échéance le 9 août), porte sur un lave-vaisselle à capot (2 880 €), douze bacs gastronormes (360 €), l’installation et la mise en service (540 €) et une table inox (420 €). Le dossier contient le devis signé, le bon de livraison signé par le chef de cuisine le 8 juillet et la facture.
briefing-history = Relance par courriel le 12 août, restée sans réponse. Premier appel le 3 septembre : Mme Royer a déclaré contester la facture et promis d’envoyer par courriel la liste des problèmes ; rien n’est arrivé depuis. Nous sommes le jeudi 17 septembre, en milieu d’après-midi : c’est votre deuxième appel. Entre professionnels, les pénalités de retard et l’indemnité forfaitaire de 40 € pour frais de recouvrement sont dues de plein droit (code de commerce, L441-10). En cas d’échec, la suite est une mise en demeure, puis une injonction de payer sur la partie non contestée.

## contact

switchboard = Brasserie Le Félix, bonjour ! … Madame Royer ? Elle est en cuisine avec les livreurs. C’est de la part de qui ?
    .alt1 = Le Félix, j’écoute ! … La patronne ? Elle est occupée, là. C’est à quel sujet ?
    .alt2 = Brasserie Le Félix, bonjour ! Vous voulez parler à Madame Royer ? Je vais voir si elle peut prendre. Je lui dis que c’est qui ?
switchboard-discreet = Bonjour, Dominique Lenoir, de la société Inox Cuisine Équipement. Pourriez-vous me passer Madame Royer, s’il vous plaît ? C’est au sujet de son dossier client, elle verra de quoi il s’agit.
    .feedback = Vous vous présentez et nommez votre société sans rien dire de la facture à un salarié : la dette ne regarde que la gérante. « Pourriez-vous » rend la demande courtoise.
switchboard-tell_waiter = Dites-lui que c’est Inox Cuisine, pour sa facture de 4 200 € impayée depuis le mois d’août. Ça la fera peut-être venir plus vite.
    .feedback = Vous révélez la dette à un tiers pour mettre la gérante sous pression devant son personnel : c’est un manquement déontologique, et l’appel commence avec une interlocutrice humiliée et hostile.
switchboard-hang_back = Ah, elle est occupée… Ce n’est pas grave, ne la dérangez pas pour moi. Enfin, si elle peut prendre, sinon je rappellerai plus tard.
    .feedback = Vous vous effacez au lieu de vous présenter : ni nom ni société, et l’appel semble sans importance. On peut être discret sans être hésitant.

opening = Oui, Nathalie Royer. C’est pour quoi ? Faites vite, je réceptionne les livraisons du soir.
    .alt1 = Royer, j’écoute. Vous êtes qui, déjà ? Je n’ai pas beaucoup de temps.
    .alt2 = Oui, allô ? C’est moi. Allez-y, mais j’ai cinq minutes, pas plus.
opening-identify = Bonjour Madame Royer, Dominique Lenoir, du service recouvrement d’Inox Cuisine Équipement. Je vous rappelle au sujet de la facture EC-2026-0457 du 10 juillet, à la suite de notre échange du 3 septembre. Si vous le permettez, je vous propose d’y consacrer cinq minutes pour trouver une solution ensemble.
    .feedback = Nom, société, objet et référence dès l’entrée, avec le rappel du premier appel : c’est bien une deuxième relance. La formule coussin et « trouver une solution ensemble » respectent son temps et ouvrent l’échange.
opening-amount_first = Madame Royer, vous nous devez 4 200 € depuis le 9 août. Il faut régler cette facture, on ne va pas vous relancer indéfiniment.
    .feedback = Vous attaquez par le montant et le reproche, sans vous présenter ni écouter : « vous devez » et « il faut » braquent l’interlocutrice avant même qu’elle ait pu parler.
opening-apologise = Oh, pardon de vous déranger en plein rush… C’est Inox Cuisine, pour la facture, mais ce n’est vraiment pas urgent, hein.
    .feedback = En vous excusant d’appeler et en disant que ce n’est « pas urgent », vous lui donnez toutes les raisons de remettre la discussion à plus tard. Présentez-vous clairement : votre appel est légitime.

opening_upset = C’est quoi, ces manières ? Mon serveur vient de me dire devant toute la cuisine que je ne paie pas mes factures ! Vous êtes qui, d’abord ?
    .alt1 = Non mais ça ne va pas ? Vous racontez mes factures à mon personnel, maintenant ? Qui est à l’appareil ?
opening_upset-apologise_identify = Vous avez raison, Madame Royer, je n’aurais pas dû donner ce détail à votre collaborateur, et je vous prie de m’en excuser. Dominique Lenoir, du service recouvrement d’Inox Cuisine Équipement : je vous appelle au sujet de la facture EC-2026-0457, à la suite de notre échange du 3 septembre.
    .feedback = Vous reconnaissez l’erreur sans vous justifier, ce qui fait retomber la colère, puis vous vous identifiez complètement. Mieux valait toutefois ne rien dire au serveur.
opening_upset-justify = Si vos factures étaient payées à temps, Madame, je n’aurais pas besoin de passer par votre serveur.
    .feedback = Vous justifiez une indiscrétion par un reproche : c’est agressif, et la divulgation de la dette à un tiers reste une faute. La gérante n’a plus aucune raison de coopérer.
opening_upset-minimise = Oh, ce n’est rien, il a dû mal comprendre… Ce n’est pas grave, on peut en reparler une autre fois si vous préférez.
    .feedback = Vous minimisez au lieu de reconnaître l’erreur, puis vous proposez de remettre l’appel : elle prend la main et repousse la discussion.

takes_control = Bon. Je n’ai pas de temps pour ça. Votre facture est fausse, je l’ai dit la dernière fois ; on en reparlera quand votre commercial m’aura rappelée, pas avant.
    .alt1 = Écoutez, votre facture est fausse, je l’ai déjà dit à votre service. Quand votre commercial m’aura appelée, on verra. D’ici là, je ne paie rien.
takes_control-recentre = Je comprends, et je serai bref. Dominique Lenoir, du service recouvrement d’Inox Cuisine Équipement, pour la facture EC-2026-0457. Vous me dites que cette facture est fausse : justement, je vous appelle pour que ce point soit réglé. Qu’est-ce qui ne correspond pas, selon vous ?
    .feedback = Vous reprenez la main sans brusquer : identification complète, reformulation de son objection, puis une question ouverte qui fait de la contestation le sujet de l’appel au lieu d’un motif pour le reporter.
takes_control-agree_wait = Entendu, je demande au commercial de vous rappeler, et je ne vous relance pas d’ici là.
    .feedback = Vous acceptez de tout suspendre sans savoir ce qui est contesté : la facture entière reste bloquée, sans date, pour un litige que vous n’avez même pas identifié.
takes_control-threat_litigation = Le commercial n’a rien à voir là-dedans, Madame. Si vous ne payez pas, ça partira au contentieux, c’est tout.
    .feedback = Brandir le contentieux dès les premières secondes, sans écouter la contestation, est agressif : vous passez directement à la menace et la cliente se braque.

## comprendre

dispute_stated = Encore ? Je l’ai déjà dit la dernière fois : cette facture est fausse. J’attendais un appel de votre commercial, pas du recouvrement. Tant qu’elle n’est pas corrigée, je ne la paie pas.
    .alt1 = Ah, Inox… Écoutez, je vous l’ai dit le 3 : votre facture ne correspond pas à ce qu’on a reçu. Je ne paierai pas une facture fausse, c’est tout.
    .alt2 = Je m’en doutais. Votre facture est fausse, et personne chez vous ne bouge. Alors non, je ne paie pas en l’état.
dispute_stated-listen = Je comprends que ce soit agaçant d’attendre un retour qui ne vient pas. Si je comprends bien, vous contestez la facture parce qu’elle ne correspond pas à ce que vous avez reçu. Pour que nous trouvions une solution, qu’est-ce qui ne va pas, précisément ?
    .feedback = Empathie sur l’attente, reformulation de l’objection, puis question ouverte : vous qualifiez la contestation au lieu de la subir ou de la combattre, et « trouver une solution » oriente l’échange.
dispute_stated-whole_invoice = Vous contestez la totalité de la facture ?
    .feedback = La question est utile mais fermée : elle appelle un oui ou un non, alors qu’il faut ici faire parler la cliente. Reformulez d’abord, puis demandez ce qui ne va pas.
dispute_stated-wait_for_sales = D’accord, je comprends. Je mets le dossier en attente jusqu’à ce que notre commercial vous rappelle, et on verra à ce moment-là.
    .feedback = Vous gelez toute la facture sans savoir ce qui est contesté ni pour quel montant : c’est exactement ce que cherche une contestation dilatoire. Une contestation se qualifie, elle ne suspend pas tout.
dispute_stated-bad_faith = Madame, c’est la deuxième fois qu’on vous appelle et vous n’avez toujours rien envoyé. Contester pour ne pas payer, ça ne marche pas avec nous.
    .feedback = Vous lui prêtez une mauvaise foi avant de l’avoir écoutée, alors qu’une partie de sa contestation est fondée. L’accusation la braque et vous empêche de séparer le vrai litige du prétexte.

bristles = Pardon ? Vous le prenez sur ce ton ? Votre facture est fausse, figurez-vous, et je ne vais pas payer ce que je n’ai pas reçu. Continuez comme ça et je raccroche.
    .alt1 = Dites donc, vous me parlez autrement ! Il y a des erreurs sur votre facture, et c’est moi qu’on traite comme une voleuse ? Je vais raccrocher, hein.
bristles-receive_criticism = Vous avez raison de me reprendre : mon ton n’était pas le bon, et je vous prie de m’en excuser. Vous me dites que la facture ne correspond pas à ce que vous avez reçu ; je vous appelle justement pour le comprendre. Si vous le voulez bien, qu’est-ce qui ne va pas, précisément ?
    .feedback = Vous recevez la critique sans vous justifier ni vous écraser, vous reformulez sa contestation et revenez à une question ouverte : c’est ainsi qu’on désamorce une agressivité que l’on a soi-même provoquée.
bristles-calm_down = Calmez-vous, Madame. Les faits sont là : la facture est échue, vous devez la payer.
    .feedback = « Calmez-vous » et « vous devez » font monter la tension d’un cran ; vous ignorez une contestation en partie fondée et vous perdez la cliente.
bristles-backpedal = Non, non, excusez-moi, je ne voulais pas vous froisser… On peut tout mettre en attente si vous préférez.
    .feedback = Vous passez d’un excès à l’autre : après l’agressivité, vous cédez tout et gelez la facture entière. La bonne réponse reconnaît le ton sans renoncer au sujet.

grievances = Écoutez, c’est simple. On a commandé douze bacs gastro, on en a reçu six. L’installation était à 360 € sur le devis, vous la facturez 540. Et votre lave-vaisselle fait un bruit de casserole à chaque démarrage. Alors tant que tout n’est pas réglé, je ne paie rien.
    .alt1 = Trois choses. Il manque six bacs gastro sur les douze commandés. L’installation : 540 € sur la facture, 360 € sur le devis. Et le lave-vaisselle fait un bruit de ferraille au démarrage. Donc je bloque tout tant que ce n’est pas réglé.
    .alt2 = Bon, puisque vous insistez : six bacs gastro jamais livrés sur douze, une installation facturée 540 € alors que le devis disait 360, et un lave-vaisselle qui fait un boucan pas possible. Tant que ce n’est pas réglé, vous n’aurez rien.
grievances-separate = Si je résume : six bacs non livrés, soit 180 €, et 180 € d’écart sur l’installation par rapport au devis. Cela fait 360 € en discussion sur une facture de 4 200 €. Et pour le lave-vaisselle, comment se manifeste ce bruit, et qu’est-ce que notre service après-vente vous a répondu ?
    .feedback = Votre synthèse chiffre le litige réel et le distingue, sans le dire brutalement, du reste de la facture ; la question ouverte qualifie le troisième grief avant d’en tirer des conclusions.
grievances-all_to_sales = Très bien, je transmets tout ça au commercial et je suspends les relances sur la facture jusqu’à ce que tout soit réglé.
    .feedback = Vous laissez 360 € de litige bloquer 4 200 € de facture, sans date ni engagement : la contestation dilatoire a gagné.
grievances-stalling = Le bruit d’un lave-vaisselle qui fonctionne, ce n’est pas une raison pour bloquer 4 200 €. Avouez que vous jouez la montre.
    .feedback = Le fond n’est pas faux, mais l’accusation est agressive et vous passez sous silence deux griefs fondés. Reformulez plutôt, et séparez ce qui est contesté de ce qui ne l’est pas.

machine_works = Il claque au démarrage, un bruit de ferraille. Bon, il lave, on s’en sert tous les soirs, mais je n’ai pas acheté un lave-vaisselle à 2 880 € pour ce vacarme. J’ai ouvert un ticket chez votre SAV le 28 août, personne n’est venu.
    .alt1 = Un claquement à chaque démarrage, ça résonne dans toute la cuisine. Il fonctionne, hein, on l’utilise tous les jours. Mais j’ai appelé votre SAV le 28 août et j’attends toujours le technicien.
machine_works-qualify_stake = Autrement dit, la machine fonctionne au quotidien, mais ce bruit doit être vérifié sous garantie, et votre demande du 28 août est restée sans suite. Je relance le SAV dès la fin de notre appel. Ce point mis à part, qu’est-ce qui vous retient de régler la partie de la facture qui n’est pas en cause ?
    .feedback = Vous reformulez pour établir le fait clé : la machine fonctionne, c’est une affaire de garantie et non un motif de non-paiement. Vous prenez un engagement concret, et votre question ouverte fait apparaître le vrai frein.
machine_works-discount = Pour le dérangement, je peux vous accorder une remise de 10 % sur la machine, et on n’en parle plus.
    .feedback = Vous offrez une remise que rien ne justifie, que vous n’avez pas le pouvoir d’accorder et sans contrepartie, alors que la machine relève de la garantie : vous récompensez la tactique dilatoire.
machine_works-not_our_business = Le bruit, ce n’est pas le problème du service recouvrement, Madame. La machine fonctionne, donc vous devez la payer.
    .feedback = Sur le fond, c’est bien une question de garantie ; mais « pas notre problème » et « vous devez » la renvoient dans ses cordes : elle se sent méprisée et durcit sa position.

## convaincre

real_reason = Ce qui me retient ? Déjà, le principe : si je paie tout, plus personne ne bouge chez vous, je connais la chanson. Et puis, entre nous, on sort de trois semaines de fermeture en août, la trésorerie est juste.
    .alt1 = Franchement ? Si je paie, je n’ai plus aucun moyen de pression, et votre technicien, je ne le verrai jamais. Et avec la fermeture d’août, les comptes sont tendus en ce moment.
real_reason-describe_facts = Je comprends : la rentrée est tendue après la fermeture, et vous voulez être sûre que vos réclamations seront traitées. Si vous le voulez bien, reprenons les faits : sur les 4 200 € de la facture, 360 € sont en discussion ; les 3 840 € restants correspondent à du matériel livré, installé et utilisé tous les soirs, et ils sont échus depuis le 9 août.
    .feedback = Vous accueillez ses deux raisons avec empathie, puis vous décrivez les faits de façon neutre et chiffrée : c’est le « D » du DESC, qui montre que la contestation ne porte que sur une petite partie de la facture.
real_reason-wait_for_technician = Je comprends tout à fait. Dans ce cas, attendons que le technicien soit passé et que tout soit réglé, et vous paierez la facture à ce moment-là.
    .feedback = Vous laissez un litige de 360 € et une visite sous garantie retarder, sans date, le paiement de 3 840 € qui ne sont pas contestés : c’est céder à la tactique dilatoire.
real_reason-guilt_trip = Vous savez, Madame, nous sommes une petite entreprise, nous aussi. Si tous nos clients faisaient comme vous, on devrait se séparer de nos techniciens.
    .feedback = Culpabiliser la cliente est une manipulation : elle le perçoit, la confiance chute, et vous n’avez répondu à aucune de ses deux raisons.

hardens = Ah non, ne me la faites pas, celle-là ! Vous n’aurez pas un centime tant que votre technicien ne sera pas passé et que la facture ne sera pas refaite. Et je vais revoir mes fournisseurs, croyez-moi.
    .alt1 = Très bien. Puisque c’est comme ça, je ne paie rien tant que tout n’est pas réglé, technicien compris. Et je vais regarder ce que proposent vos concurrents.
hardens-reset_facts = Ma réponse était maladroite, je le regrette. Vous attendez le technicien et une facture corrigée, et c’est légitime : ces deux points seront traités. Si je reprends les faits : sur 4 200 €, 360 € sont en discussion ; les 3 840 € restants correspondent à du matériel livré, installé et que vous utilisez, et ils sont échus depuis le 9 août.
    .feedback = Vous reconnaissez votre maladresse sans renoncer au fond, vous reformulez ses attentes, puis vous revenez aux faits, neutres et chiffrés : le « D » du DESC. C’est ainsi qu’on désamorce une escalade que l’on a soi-même provoquée.
hardens-bad_payer_threat = Revoyez ce que vous voulez. Mais sachez que nous signalerons votre société comme mauvais payeur auprès des autres fournisseurs de la région.
    .feedback = Divulguer la dette à des tiers est interdit, et la menace est fausse : c’est un manquement grave, qui ruine votre crédibilité et la relation commerciale.
hardens-give_in = Bon… D’accord, on attendra que le technicien soit passé et que la facture soit refaite.
    .feedback = Sous la pression, vous cédez tout : la partie non contestée reste bloquée, sans date. On peut reconnaître ses torts sans abandonner sa demande.

leverage = Oui, enfin, 3 840 €, ce n’est pas rien. Et si je vous les paie, qui me dit que vous corrigerez la facture et que le technicien viendra ? Non, je garde tout jusqu’à ce que ce soit réglé.
    .alt1 = D’accord, les chiffres sont justes. Mais si je paie maintenant, je perds mon seul moyen de pression. Je préfère tout garder jusqu’à ce que votre service ait fait son travail.
leverage-express_concern = Vous voulez l’assurance que vos réclamations seront traitées, et je l’entends. Ce qui me préoccupe, c’est que bloquer 3 840 € pour un écart de 360 € fait courir les pénalités de retard sur l’ensemble et gèle votre compte chez nous, y compris pour vos prochaines commandes.
    .feedback = Vous reformulez sa crainte, puis vous exprimez calmement ce que la situation vous inspire et ce qu’elle coûte : pénalités qui courent, compte bloqué. C’est le « E » du DESC : ferme sur le fond, sans menace.
leverage-keep_it_all = Je comprends, vous avez raison : gardez tout pour l’instant, on se rappelle quand tout sera réglé.
    .feedback = Vous validez l’idée qu’on peut retenir une somme non contestée comme moyen de pression : la cliente n’a plus aucune raison de payer avant des semaines.
leverage-no_conditions = Ce n’est pas à vous de poser des conditions, Madame. Vous devez payer, un point c’est tout.
    .feedback = Répondre à une crainte par un ordre est agressif : vous ne traitez pas l’objection, qui porte sur la garantie que la facture sera corrigée, et vous relancez le conflit.

proposal = Bon. Et vous proposez quoi, concrètement ? Moi, je veux bien faire un geste : la moitié maintenant, le reste quand tout sera réglé.
    .alt1 = Admettons. Qu’est-ce que vous proposez ? Je peux vous faire un virement de la moitié, et le reste quand j’aurai mon avoir et mon technicien.
proposal-win_win = Pour une somme qui n’est pas contestée, la moitié ne suffit pas. En revanche, je vous propose ceci : vous réglez les 3 840 € non contestés d’ici vendredi, par virement. De mon côté, je fais vérifier dès aujourd’hui le devis et le bon de livraison, je m’engage à vous faire adresser un avoir de 360 € si l’écart est confirmé, et je fais fixer la date du technicien.
    .feedback = Vous dites non à la demi-mesure sans fermer la porte, et vous spécifiez une solution précise où chacun s’engage : le paiement de la partie due contre l’avoir et l’intervention. C’est le « S » du DESC et le gagnant-gagnant de la deuxième relance.
proposal-half_ok = D’accord pour la moitié maintenant, et le reste quand tout sera réglé. Ça me paraît raisonnable.
    .feedback = Vous laissez 1 920 € non contestés en suspens, sans date, alors que le litige ne porte que sur 360 € : c’est une concession sans contrepartie.
proposal-seizure = C’est tout ou rien, Madame. Si les 4 200 € ne sont pas sur notre compte lundi, l’huissier passera saisir votre matériel.
    .feedback = Menace fausse : sans titre exécutoire, aucun huissier ne peut saisir quoi que ce soit. Vous réclamez en plus la partie contestée. C’est un manquement grave, et la cliente a désormais de bonnes raisons de tout refuser.

unqualified = Fixer la date du technicien, c’est vite dit : personne ne m’a même demandé ce qu’il a, ce lave-vaisselle ! Il claque à chaque démarrage, j’ai ouvert un ticket SAV le 28 août et personne n’est venu. Tant que je n’ai pas de date ferme, je ne m’engage sur rien.
    .alt1 = Et le lave-vaisselle ? Vous ne m’avez même pas demandé ce qu’il a ! Un bruit de ferraille tous les soirs, un ticket SAV depuis le 28 août, et toujours personne. Je veux une date ferme avant de payer quoi que ce soit.
unqualified-add_sav_date = Vous avez raison, j’aurais dû vous poser la question. Si je comprends bien, la machine fonctionne, mais ce bruit doit être vérifié sous garantie, et votre demande du 28 août est restée sans suite. Je relance le SAV dès la fin de notre appel et je vous fais confirmer une date par écrit ; en contrepartie, le virement des 3 840 € part comme je vous l’ai proposé.
    .feedback = Vous reformulez le grief, vous le qualifiez (une affaire de garantie, pas un motif de non-paiement) et vous l’intégrez à l’accord avec une contrepartie claire. Il aurait été plus simple de le qualifier plus tôt, quand elle listait ses griefs.
unqualified-wait_sav = Dans ce cas, attendons le passage du technicien, et vous réglerez ensuite.
    .feedback = Vous subordonnez le paiement de la partie non contestée à une intervention sous garantie : la cliente obtient, sans date, le délai qu’elle cherchait.
unqualified-not_my_department = Le SAV, ce n’est pas mon service, Madame. Voyez ça avec eux, moi je m’occupe de la facture.
    .feedback = Renvoyer la cliente vers un autre service nie sa réclamation et casse l’accord qui se dessinait : vous aviez tout intérêt à intégrer ce point à la solution.

hesitates = Vendredi… Mon comptable ne passe que le mardi, c’est lui qui fait les virements. Et puis franchement : si je ne fais rien, il se passe quoi ?
    .alt1 = D’ici vendredi, ça va être juste : c’est mon comptable qui fait les virements, et il vient le mardi. Et si je laisse traîner, concrètement, vous faites quoi ?
hesitates-both_ways = Si votre comptable passe mardi, un virement mardi 22 me convient tout à fait. Votre compte sera alors à jour, les pénalités s’arrêteront, et l’avoir comme le technicien seront traités en priorité. Sans règlement, en revanche, je devrai vous adresser une mise en demeure, puis déposer une requête en injonction de payer sur les 3 840 € non contestés, avec les pénalités de retard et l’indemnité forfaitaire de 40 € prévues par la loi. Je préfère vraiment que nous n’en arrivions pas là.
    .feedback = Souplesse sur la date, fermeté sur le montant : vous acceptez le mardi du comptable. Puis vous présentez les conséquences, positives d’abord, puis la suite réelle et légale (mise en demeure, injonction de payer, pénalités et 40 € dus entre professionnels), sans dramatiser : c’est le « C » du DESC.
hesitates-nothing_happens = Oh, rien dans l’immédiat, rassurez-vous. Voyez avec votre comptable quand il pourra, on n’est pas à quelques jours près.
    .feedback = Elle vous demande les risques et vous répondez qu’il n’y en a pas : c’est faux, et vous lui ôtez toute raison de payer. Présenter calmement les risques fait partie de la deuxième relance.
hesitates-bluff_tonight = Je ne devrais pas vous le dire, mais si je n’ai pas votre accord ce soir, le dossier part directement au tribunal et tous les frais seront pour vous.
    .feedback = Fausse urgence et fausse confidence : aucun dossier ne part au tribunal « ce soir », une mise en demeure vient d’abord. C’est une menace trompeuse, et si la cliente la devine, elle vous laisse aller au contentieux.

split_request = Bon, je vois. Mais 3 840 € d’un coup en septembre, après la fermeture, ça me met dans le rouge. Je peux faire deux fois 1 920 € : mardi, et le reste fin octobre.
    .alt1 = D’accord sur le principe. Mais tout d’un coup, avec la rentrée, c’est trop. Deux virements de 1 920 €, mardi et fin octobre : ça, je peux le tenir.
split_request-split_with_counterpart = Je comprends que la rentrée soit serrée. Si je vous suis bien, vous pouvez verser 1 920 € mardi et 1 920 € fin octobre. Je peux l’accepter, à condition que le premier virement parte bien mardi et que le second soit fixé au 20 octobre, dans un échéancier que vous me retournez signé.
    .feedback = Vous reformulez sa demande, faites preuve de souplesse sur un délai court et réaliste, et obtenez des contreparties : des dates fermes et un échéancier signé. La concession est bornée et tracée.
split_request-whenever_you_can = Faites comme vous pouvez, en trois ou quatre fois, on n’est pas pressés.
    .feedback = Vous allez au-delà de sa propre demande, sans dates ni contrepartie : l’échéancier est flou et rien ne garantit qu’il sera tenu.
split_request-all_or_nothing = Non, c’est 3 840 € mardi, ce n’est pas négociable. Il fallait anticiper la fermeture d’août.
    .feedback = Refuser peut se défendre, mais pas sur ce ton : le reproche sur sa gestion est agressif et peut faire échouer un accord presque conclu. Un refus assertif propose une alternative.

## conclure

ready = Bon. D’accord, je préviens mon comptable pour mardi. Mais je veux l’avoir et la date du technicien par écrit, hein.
    .alt1 = C’est entendu, je dis à mon comptable de faire le virement mardi. Mais je veux vos engagements noir sur blanc.
ready-pin_details = Bien sûr, vous aurez tout par écrit. Je vous propose de noter : un virement de 3 840 € le mardi 22 septembre, avec la référence EC-2026-0457. Pouvez-vous me confirmer que votre comptable l’émettra ce jour-là ?
    .feedback = En conclusion, la question fermée verrouille l’engagement : montant, date, mode de paiement et référence. Vous la rassurez aussi sur l’écrit qu’elle demande.
ready-whenever = Pas besoin de tout formaliser, faites le virement quand votre comptable pourra, je vous fais confiance.
    .feedback = Sans montant ni date, il n’y a pas d’engagement : vous renoncez à conclure au moment précis où la cliente était prête à s’engager.
ready-add_disputed = Parfait. Et tant qu’à faire, demandez-lui de virer les 4 200 €, on régularisera l’avoir ensuite, ce sera plus simple.
    .feedback = Glisser la partie contestée dans le virement, c’est revenir sur l’accord par la bande : la cliente y voit une manœuvre et la confiance s’effondre.

payment_details = Oui, mardi, il fera le virement. Et vous, de votre côté, l’avoir et le technicien, c’est pour quand ?
    .alt1 = Oui, c’est bon pour mardi. Mais à vous maintenant : l’avoir et le technicien, vous me donnez des dates ?
payment_details-commit_dates = Je m’y engage : aujourd’hui même, je transmets le devis et le bon de livraison au service commercial ; si l’écart est confirmé, vous recevrez l’avoir de 360 € d’ici le 30 septembre. Et je demande au SAV de vous appeler demain pour fixer l’intervention. Cela vous convient-il ?
    .feedback = Vous prenez des engagements datés en retour du sien et les validez par une question fermée : l’accord devient réciproque et vérifiable, ce qui répond à sa crainte de perdre son moyen de pression.
payment_details-vague_soon = Je vais essayer de faire au plus vite, mais je ne peux rien vous promettre, ça dépend du commercial.
    .feedback = « Je vais essayer » et « je ne peux rien promettre » ruinent la confiance au moment où elle attend des engagements en retour du sien : elle a toutes les raisons de reporter son virement.
payment_details-pay_first = Chaque chose en son temps : vous payez d’abord, on verra l’avoir ensuite.
    .feedback = Vous confirmez sa crainte : une fois payé, plus rien ne bouge. Ce ton agressif remet en cause un accord acquis.

suspicious = Ah, vous voyez ! C’est exactement pour ça que je voulais tout garder : une fois payé, plus personne ne bouge. Je ne suis plus sûre de faire ce virement, finalement.
    .alt1 = Voilà, c’est bien ce que je pensais. Vous voulez l’argent d’abord, et pour le reste on verra. Non, finalement, je ne sais pas si je vais faire ce virement.
suspicious-back_to_deal = Vous avez raison, ma formulation était maladroite. On s’en tient à ce que nous avons dit : 3 840 € mardi pour la partie non contestée ; de mon côté, l’avoir de 360 € si l’écart est confirmé et l’intervention du SAV, avec des dates confirmées par écrit. Pouvons-nous repartir sur cette base ?
    .feedback = Vous reconnaissez l’erreur, reformulez l’accord tel qu’il était et le validez par une question fermée : c’est ainsi qu’on rattrape un faux pas en conclusion.
suspicious-insist = Allons, Madame, vous savez bien qu’il faudra payer de toute façon. Plus vous attendez, plus ça vous coûtera cher.
    .feedback = La pression et le ton condescendant répondent à sa méfiance par de la méfiance : l’accord s’effondre.
suspicious-drop_it = Bon, comme vous voulez… Voyez quand vous serez rassurée, je ne veux pas vous forcer.
    .feedback = Vous abandonnez l’accord au premier doute : il fallait reconnaître la maladresse et revenir aux termes convenus.

final_check = Bon. Eh bien, on fait comme ça, alors.
    .alt1 = D’accord. Ça me paraît correct.
    .alt2 = Très bien, je note de mon côté.
final_check-recap_confirm = Je récapitule : virement de 3 840 € le mardi 22 septembre, référence EC-2026-0457 ; avoir de 360 € d’ici le 30 septembre si l’écart est confirmé ; appel du SAV demain pour fixer l’intervention. Je vous envoie ce récapitulatif par courriel dans l’heure : pouvez-vous me le confirmer en retour ?
    .feedback = Récapitulatif précis des engagements des deux côtés, confirmation écrite annoncée et demandée par une question fermée : c’est la conclusion attendue, et la trace qui servira en cas de désaccord.
final_check-rush_off = Parfait, merci Madame Royer, bonne fin de journée !
    .feedback = Vous raccrochez sans récapituler ni annoncer de confirmation écrite : en cas d’oubli ou de malentendu, rien ne prouve ce qui a été convenu.
final_check-last_warning = Et je vous préviens : si le virement n’est pas là mardi, c’est la mise en demeure directement, sans autre appel.
    .feedback = Finir sur une menace abîme un accord obtenu en douceur ; les conséquences ont déjà été dites, il fallait récapituler et confirmer par écrit.

split_confirm = Deux virements, mardi et le 20 octobre… Oui, ça, je peux le tenir. Vous m’envoyez l’échéancier ?
    .alt1 = Ça, c’est jouable : 1 920 € mardi, 1 920 € le 20 octobre. Vous me mettez ça par écrit ?
split_confirm-recap_plan = Je récapitule : 1 920 € le mardi 22 septembre et 1 920 € le 20 octobre, par virement avec la référence EC-2026-0457 ; de mon côté, l’avoir de 360 € si l’écart est confirmé, et l’appel du SAV demain. Je vous envoie l’échéancier par courriel aujourd’hui : pouvez-vous me le retourner signé d’ici lundi ?
    .feedback = Le récapitulatif reprend montants, dates, moyen de paiement et engagements réciproques, et la question fermée obtient l’échéancier signé : l’accord est tracé.
split_confirm-no_paperwork = Pas besoin d’échéancier, je vous fais confiance, on fait comme ça.
    .feedback = Sans échéancier écrit, le second versement n’a rien de certain : la contrepartie que vous aviez obtenue disparaît.
split_confirm-waive_claim = Bien sûr. Il faudra simplement que vous renonciez par écrit à votre réclamation sur le lave-vaisselle, pour clore le dossier.
    .feedback = Glisser une renonciation à la garantie dans l’échéancier est une manœuvre : la cliente la repère et refuse tout.

## endings

undisputed_paid = Oui, c’est bon, j’attends votre courriel et je vous le confirme. Merci, et bonne fin de journée.
    .alt1 = Entendu, je vous réponds dès réception. Merci pour votre appel.
    .outcome = Mme Royer s’engage à régler les 3 840 € non contestés par virement le mardi 22 septembre. Les 360 € en litige seront traités par un avoir après vérification du devis et du bon de livraison, le SAV la rappelle demain, et le récapitulatif écrit part dans l’heure. La relation commerciale est préservée.
split_plan = Parfait, je vous le renvoie signé. Bonne fin de journée.
    .alt1 = Très bien, je le signe et je vous le retourne. Merci.
    .outcome = Échéancier court et réaliste : 1 920 € le 22 septembre et 1 920 € le 20 octobre, par virement, formalisé dans un échéancier signé. Les 360 € en litige seront traités par un avoir, et le SAV intervient sur le lave-vaisselle.
loose_agreement = Au revoir.
    .alt1 = Oui, au revoir.
    .outcome = Mme Royer a annoncé un virement de 3 840 € pour mardi, mais sans récapitulatif ni confirmation écrite : rien ne trace les engagements des deux côtés, et le moindre malentendu sur l’avoir pourra bloquer le paiement.
loose_split = Très bien, merci. Au revoir.
    .alt1 = Parfait, on fait comme ça. Au revoir.
    .outcome = Deux virements annoncés, 1 920 € mardi et 1 920 € le 20 octobre, mais sans échéancier signé ni récapitulatif : le second versement ne repose que sur une parole, et rien ne trace les engagements réciproques.
loose_plan = Ah, très bien. Alors je vous ferai des virements quand je pourrai, d’ici la fin de l’année.
    .alt1 = Parfait. Je vous verserai ça petit à petit, au fil des mois.
    .outcome = Une vague promesse de paiement en plusieurs fois, sans dates ni échéancier écrit, pour une somme que la cliente pouvait régler en deux versements rapprochés.
half_now = Parfait. Je vous fais un virement de 1 920 € la semaine prochaine, et pour le reste, on verra quand tout sera réglé.
    .alt1 = Très bien. La moitié la semaine prochaine, donc, et le reste quand j’aurai mon avoir et mon technicien.
    .outcome = 1 920 € promis pour la semaine prochaine ; les 1 920 € restants, pourtant non contestés, dépendent du règlement du litige, sans date. La moitié de la partie due reste en suspens.
vague_promise = Très bien, on fait comme ça : je verrai avec mon comptable quand tout sera réglé de votre côté. Au revoir.
    .alt1 = Bon, eh bien voilà. Quand votre service aura fait le nécessaire, je paierai. Au revoir.
    .outcome = Aucun engagement : ni montant, ni date. Les 3 840 € non contestés restent bloqués derrière un litige de 360 € et une visite sous garantie ; la contestation dilatoire a atteint son but.
formal_notice_end = Eh bien faites ce que vous avez à faire, envoyez vos recommandés. Moi, je ne paie pas dans ces conditions. Au revoir.
    .alt1 = Faites ce que vous voulez, je ne paierai pas comme ça. Au revoir.
    .outcome = Pas d’accord : le dossier part en mise en demeure, puis en injonction de payer sur les 3 840 € non contestés, avec le devis signé, le bon de livraison et la facture. C’est plus long et plus coûteux pour tout le monde, et la relation commerciale en sort abîmée.
refusal_end = Non. Je ne paierai rien, et je vais voir ailleurs pour mon matériel. Au revoir.
    .alt1 = C’est non. Je ne vois pas pourquoi je continuerais cette conversation. Au revoir.
    .outcome = Refus net : la cliente ne paiera pas la partie non contestée et menace de changer de fournisseur. Le dossier devra passer en mise en demeure, et la relation commerciale est probablement perdue.
hangs_up = Bon, ça suffit. Je raccroche.
    .alt1 = Je n’ai pas à entendre ça. Au revoir !
    .outcome = La cliente a raccroché. Aucune information obtenue, aucun engagement, et le prochain appel sera plus difficile encore.
