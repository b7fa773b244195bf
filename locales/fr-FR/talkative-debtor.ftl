# Scénario « Le client bavard » : textes français (langue de référence).
# La structure de l’appel est dans scenarios/talkative-debtor.ron.

title = Client bavard : « Ah, la chaudière ! Quelle histoire… »
summary = Marcel Rigaud, retraité charmant et intarissable, doit 386,40 € pour la réparation de sa chaudière : recentrez l’appel avec des questions fermées et des reformulations, tenez les 4 C et le temps, et obtenez un engagement précis.
briefing-debtor = Marcel Rigaud, 76 ans, boulanger à la retraite, vit avec sa femme Simone dans un pavillon près de Clermont-Ferrand. Client aimable et de bonne foi, mais très bavard : lors du dernier appel, il a parlé vingt-cinq minutes de sa hanche et de ses petits-enfants, sans que rien ne soit fixé. Sa fille Nathalie l’aide pour ses papiers.
briefing-creditor = Thermi-Service Auvergne, chauffagiste. Facture TSA-2026-1174 de 386,40 €, échue le 15 février 2026 : dépannage du 12 janvier et remplacement de la pompe de circulation de la chaudière. La réparation n’est pas contestée. Vous êtes Camille Roux, du cabinet Recouvra, et vous appelez en phase amiable.
briefing-history = Lettre de relance le 3 mars, SMS le 24 mars, appel le 14 avril (long échange cordial, aucun engagement), nouvelle lettre le 5 mai. Aucune procédure judiciaire n’est engagée : aucune saisie n’est possible, aucun frais de recouvrement ne peut être facturé à ce client particulier, et la dette ne doit pas être évoquée devant un tiers.

## contact

opening = Allô, Rigaud ! … Nathalie, c’est toi ? Ah non. Excusez-moi, je croyais que c’était ma fille : elle m’appelle tous les matins à cette heure-ci pour vérifier que j’ai pris mes cachets. Pire qu’un réveil, cette petite !
    .alt1 = Oui, allô ? Marcel Rigaud, j’écoute ! Attendez, je baisse la radio… Voilà. C’est pour le loto ? Parce que je vous préviens, j’ai jamais rien gagné, moi !
    .alt2 = Allô ? Oui, c’est moi… Pardon, j’étais au jardin, je suis tout essoufflé. Les tomates, cette année, c’est une catastrophe, avec toute cette pluie !
opening-identify = Bonjour Monsieur. Je parle bien à Monsieur Marcel Rigaud ? Camille Roux, du cabinet Recouvra : je vous appelle pour le compte de Thermi-Service Auvergne, au sujet de la facture TSA-2026-1174, la réparation de votre chaudière. Auriez-vous quelques minutes pour que nous trouvions une solution ensemble ?
    .feedback = Une question fermée vérifie l’interlocuteur sans relancer la digression, puis vous vous présentez, nommez le créancier et la référence. La formule coussin et le mot « solution » installent un climat coopératif dès la première phrase.
opening-chat_along = Ha ha, vous avez l’air en pleine forme, Monsieur Rigaud ! Ça fait plaisir d’entendre quelqu’un d’aussi jovial de bon matin.
    .feedback = C’est aimable, mais vous suivez la digression sans vous présenter ni dire pourquoi vous appelez : avec un client bavard, c’est lui ouvrir grand la porte. Le contact commence par l’identification.
opening-no_intro = Monsieur Rigaud, vous avez une facture de 386,40 € impayée depuis février. Il faut la régler, et vite.
    .feedback = Vous sautez la présentation et la phase « comprendre » pour exiger le paiement : le client ne sait même pas qui lui parle. « Il faut » sonne comme un reproche et ferme un interlocuteur pourtant bien disposé.

health_detour = En forme ? Oh, il faut le dire vite ! Des cachets, j’en ai toute une collection : pour le cœur, pour la tension, et pour ma hanche, depuis que je suis tombé dans le jardin en novembre. Le docteur me dit : « Marcel, marchez ! » Marcher, marcher… avec le temps qu’il fait !
    .alt1 = Jovial, oui, faut bien ! À mon âge, si on se plaint pas, on s’ennuie. Tenez, ma hanche : depuis ma chute de novembre, c’est kiné deux fois par semaine. Le kiné, il a vingt-cinq ans, il me traite comme un vieux tracteur !
health_detour-kine_chat = Oh, les kinés, ils sont exigeants, mais c’est pour votre bien ! Et puis la marche, il n’y a rien de tel, même sous la pluie.
    .feedback = Deuxième réponse dans la digression, et toujours pas de présentation : l’appel file sans objet. Le temps du client n’est pas illimité, et le vôtre non plus.
health_detour-identify_late = Je vous souhaite un bon rétablissement, Monsieur Rigaud. Si vous le permettez, je me présente : Camille Roux, du cabinet Recouvra. Je vous appelle pour le compte de Thermi-Service Auvergne, au sujet de la facture TSA-2026-1174 pour votre chaudière. Avez-vous quelques minutes pour que nous trouvions une solution ensemble ?
    .feedback = Vous accueillez poliment ce qu’il dit, puis vous reprenez la main avec une formule coussin, une identification complète et une question fermée. C’est le bon rattrapage ; l’idéal restait de vous présenter dès la première réponse.
health_detour-stop_chatter = Monsieur, je ne vous appelle pas pour parler de votre hanche. Je suis du cabinet Recouvra, pour votre facture Thermi-Service.
    .feedback = Vous vous présentez enfin, mais en le coupant sèchement : il se sent rabroué pour avoir été aimable. On recentre un bavard par une question fermée, pas par un reproche.

recouvra_worry = Recouvra ? Comme dans « recouvrement » ? Oh là là, j’espère que c’est rien de grave ! Oui, j’ai un peu de temps, jusqu’à onze heures, après le taxi vient me chercher pour le kiné. Dites, vous avez un petit accent, vous… Vous êtes du Sud-Ouest ? Simone, ma femme, elle est de Montauban, elle roule les r comme vous !
    .alt1 = Recouvrement ? Oh, ça sonne pas très gai, votre métier ! Bon, j’ai jusqu’à onze heures, après c’est le taxi pour le kiné. Vous savez, moi, j’ai jamais eu de dettes de ma vie. Mon père disait toujours : « Un Rigaud paie ses dettes et ses tournées ! »
    .alt2 = Thermi-Service ? Ah oui, le petit jeune si gentil ! Oui, oui, j’ai un moment, jusqu’à onze heures, le taxi vient me prendre pour le kiné. Attendez, je vais chercher mon café… Voilà. Il fait un temps de chien chez vous aussi ?
recouvra_worry-small_talk = Oh, on a tout le temps, Monsieur Rigaud, installez-vous tranquillement, ça me fait plaisir de bavarder un peu.
    .feedback = Il vient de vous donner une limite, le taxi de onze heures, et vous lui offrez « tout le temps » : vous abandonnez la conduite de l’entretien. Avec un client bavard, c’est vous qui tenez la montre.
recouvra_worry-no_time = Je n’ai pas le temps pour la causette, Monsieur. Parlons plutôt de votre dette.
    .feedback = Le fond est juste, il faut recentrer, mais la forme est blessante et « votre dette » le met en accusation. Un client de bonne foi qui se sent rabroué se ferme aussitôt.
recouvra_worry-reassure_check = Je serai brève, pour que vous soyez prêt à onze heures. Rassurez-vous, c’est justement pour trouver une solution simple ensemble que je vous appelle. Avez-vous bien reçu la facture de 386,40 € pour la réparation de janvier ?
    .feedback = Vous tenez compte de son horaire, vous le rassurez avec des mots positifs, et une question fermée le ramène à l’objet de l’appel sans le brusquer : vous gardez la maîtrise de l’entretien.

## comprendre

old_days = Ah ça, de mon temps, c’était autre chose ! J’ai tenu la boulangerie de la place pendant trente-huit ans : les clients restaient un quart d’heure à causer, personne ne regardait sa montre, et tout le monde payait rubis sur l’ongle. Les chaudières duraient trente ans, et les gens aussi étaient plus solides !
    .alt1 = Oh, vous savez, avant, c’était autre chose ! Trente-huit ans, j’ai tenu la boulangerie de la place. Levé à trois heures tous les matins, et le sourire au comptoir ! On payait tout en liquide, rubis sur l’ongle. Aujourd’hui, avec vos cartes et vos codes, on n’y comprend plus rien.
old_days-recentre_summary = Trente-huit ans de boulangerie, quel parcours ! Si je vous entends bien, chez vous, on a toujours réglé ce qu’on devait, rubis sur l’ongle. Justement, je vous propose qu’on regarde ensemble la facture de la chaudière : vous l’avez sous la main ?
    .feedback = Vous saluez son histoire en une phrase, vous la reformulez dans le sens de ses valeurs (payer ce qu’on doit), puis une question fermée ramène l’appel à la facture. C’est la technique du recentrage par excellence.
old_days-bakery_chat = Trente-huit ans, chapeau ! Le pain d’autrefois, ça, c’était quelque chose, on n’en trouve plus des comme ça.
    .feedback = Vous relancez la nostalgie au lieu de la refermer : chaque minute passée au fournil est prise sur l’objet de l’appel, et le taxi de onze heures approche.
old_days-open_back = Et aujourd’hui, comment vous organisez-vous avec vos factures ?
    .feedback = Vous revenez au sujet, c’est bien, mais une question ouverte laisse à un bavard tout l’espace pour repartir. Face à une digression, une reformulation suivie d’une question fermée recentre plus sûrement.
old_days-cut_short = Monsieur Rigaud, votre boulangerie, ce n’est pas le sujet. Vous me faites perdre mon temps.
    .feedback = « Vous me faites perdre mon temps » est une phrase à proscrire : elle humilie un client âgé et de bonne foi. Recentrer, oui ; rabrouer, jamais.

cold_shoulder = Ah. Bon. Eh bien, si c’est sur ce ton… Envoyez-moi un courrier, je le lirai quand j’aurai le temps. Moi qui croyais parler à quelqu’un de bien élevé.
    .alt1 = Oh là, on ne me parle pas comme ça, à moi ! J’ai soixante-seize ans, madame. Écrivez-moi, je verrai ça avec ma fille.
cold_shoulder-insist_letter = Très bien, je vous envoie un courrier. Excusez-moi de vous avoir dérangé, Monsieur.
    .feedback = Vous battez en retraite sans réparer la maladresse ni fixer quoi que ce soit : un courrier de plus rejoindra la pile du buffet.
cold_shoulder-apologise_reframe = Vous avez raison, Monsieur Rigaud, je suis allée trop vite et je vous prie de m’en excuser. Je reprends : Camille Roux, du cabinet Recouvra, pour Thermi-Service Auvergne. Si je vous comprends bien, vous tenez à ce qu’on vous parle avec égards, et c’est bien normal. Qu’est-ce qui vous permettrait de régler cette facture sereinement ?
    .feedback = Vous reconnaissez votre erreur sans vous aplatir, vous reformulez son besoin d’égards et une question ouverte relance la phase « comprendre ». S’il est encore très vexé, cela peut ne pas suffire : mieux vaut ne pas avoir à s’excuser.
cold_shoulder-threaten = Un courrier, vous en avez déjà reçu deux. Si vous ne payez pas, c’est l’huissier qui viendra saisir vos meubles la semaine prochaine.
    .feedback = Menace fausse et illégale : aucune saisie n’est possible sans titre exécutoire, et rien n’est engagé. C’est un manquement grave, qui fait en plus raccrocher un client qui ne demandait qu’à payer.

boiler_story = Ah, la chaudière ! Oui, oui, je l’ai eue, votre facture. Quelle histoire, cette panne : en plein janvier, moins six dehors, et plus une goutte d’eau chaude ! Le petit jeune de chez Thermi est venu le jour même, il a changé la pompe, et depuis, ça ronronne comme un chat.
    .alt1 = La facture, oui, je l’ai reçue… quelque part. La chaudière nous a lâchés le 12 janvier, un froid de canard ! Simone dormait avec son bonnet. Le technicien a changé la pompe dans l’après-midi, un garçon charmant, et depuis, plus de souci.
boiler_story-ask_why = Si je comprends bien, le technicien vous a dépanné en plein froid et la chaudière fonctionne bien depuis. Si vous me permettez la question : qu’est-ce qui a fait que la facture est restée en attente ?
    .feedback = La reformulation montre que vous avez écouté et confirme que la réparation n’est pas contestée ; la question ouverte, bien ciblée, cherche la vraie cause de l’impayé. C’est exactement le travail de la phase « comprendre ».
boiler_story-check_works = La chaudière fonctionne bien depuis la réparation ?
    .feedback = Il vient de vous le dire : la question fermée n’apprend rien et lui tend une perche pour parler d’autre chose. En phase « comprendre », une question ouverte sur la cause de l’impayé était plus utile.
boiler_story-agree_old = Ah, ces pannes en plein hiver, c’est toujours au pire moment ! Et on ne fait plus rien de solide aujourd’hui.
    .feedback = Vous entrez dans sa conversation au lieu de comprendre pourquoi la facture n’est pas payée : c’est l’invitation rêvée à un « de mon temps… ».
boiler_story-guilt_repair = Un technicien qui vient vous dépanner en plein froid… Vous êtes bien d’accord qu’il mérite d’être payé, non ?
    .feedback = La question orientée culpabilise le client et saute la phase « comprendre » pour passer à « convaincre ». Il n’a jamais refusé de payer : vous le vexez sans rien apprendre.

lost_letter = Oh, c’est pas de la mauvaise volonté, hein ! La facture est arrivée pendant les vacances de février, j’avais les petits-enfants à la maison. Théo, neuf ans, ceinture orange au judo, il m’a fait une prise dans le salon ! Et la petite Lou, qui veut être vétérinaire, a soigné le chat toute la semaine… Alors le courrier s’est empilé sur le buffet, et après, il y a eu ma hanche…
    .alt1 = Mauvaise volonté, jamais ! Mais la lettre est arrivée en plein pendant les vacances des petits. Théo m’a appris son jeu vidéo, là, avec les voitures… je suis nul, mais nul ! Et Lou faisait des crêpes partout. Le courrier, je l’ai posé sur le buffet, et pfft, disparu sous les prospectus. Et puis ma hanche a recommencé à faire des siennes…
lost_letter-grandkids_chat = Ils ont l’air adorables, Théo et Lou ! À cet âge-là, on ne voit pas le temps passer avec eux.
    .feedback = Vous nourrissez la digression alors qu’il venait de vous donner la cause de l’impayé. Il n’attendait que ça pour continuer, et l’horloge tourne.
lost_letter-summarise = Quelle semaine animée ! Si je résume : la facture est arrivée pendant les vacances avec Théo et Lou, elle a disparu sous la pile du buffet, et ce n’est pas un refus de payer. C’est bien ça ?
    .feedback = Le résumé trie l’essentiel (la cause de l’impayé, sa bonne foi) dans le flot des anecdotes, et la question fermée appelle un simple « oui ». C’est la reformulation-synthèse qui recentre un client bavard sans le froisser.
lost_letter-ask_hip = Et votre hanche, justement, qu’est-ce qui s’est passé ?
    .feedback = La question ouverte porte sur la digression elle-même : vous lui donnez un nouveau sujet de conversation au lieu de revenir à la facture.
lost_letter-waste_of_time = Monsieur Rigaud, vos petits-enfants, ça ne me concerne pas. Vous me faites perdre mon temps.
    .feedback = Phrase blessante et contre-productive : il s’expliquait justement sur l’impayé. Une reformulation aurait gardé l’essentiel de ce qu’il disait tout en refermant l’anecdote.

hip_detour = Ah, ma hanche ! Alors ça, c’est tout un roman. En novembre, je taille la haie, je mets le pied sur un râteau, celui du voisin, hein, M. Pelletier, qui laisse tout traîner, et boum ! Trois semaines avec une canne. Maintenant, kiné le mardi et le jeudi. Le kiné, il me parle comme à un vieux tracteur !
    .alt1 = Oh, la hanche, n’en parlons pas… ou plutôt si, parlons-en ! Le docteur voulait m’opérer, moi j’ai dit non, pas avant les tomates. Alors kiné, deux fois par semaine, et le taxi pour y aller. Heureusement, c’est remboursé. Enfin, en partie. Enfin, je crois.
hip_detour-recentre_kindly = Je vous souhaite de vite vous remettre, Monsieur Rigaud. Pour que vous soyez prêt pour votre taxi, je vous propose qu’on revienne à la facture : si je vous suis bien, elle a disparu sous la pile pendant les vacances, et vous voulez la régler. C’est bien ça ?
    .feedback = Un mot chaleureux pour clore le sujet, un argument qui le sert (son taxi), une reformulation de ce qu’il avait dit de la facture et une question fermée : le recentrage est courtois et efficace.
hip_detour-more_hip = Une opération, ce n’est jamais une décision facile. Le kiné deux fois par semaine, ça doit vous faire le plus grand bien.
    .feedback = Cette compassion l’encourage à poursuivre la digression : vous voilà au cœur de son dossier médical, loin du vôtre, et onze heures approche.
hip_detour-rake_rude = Le râteau du voisin, franchement, on s’en passera. On revient à votre dette maintenant.
    .feedback = Le ton est cassant et « votre dette » accuse. Il vous parlait de sa santé : on peut refermer le sujet avec égards, en une phrase, avant de recentrer.

pension_talk = Voilà. Payer, je veux bien, hein ! Chez les Rigaud, on a toujours payé ses dettes. Mais 386 € d’un coup, avec une retraite de boulanger… c’est pas le Pérou, vous savez. Entre la taxe foncière, l’électricité et la mutuelle, à la fin du mois, il reste pas lourd.
    .alt1 = Je veux payer, je veux payer ! Mais d’un seul coup, 386 €, ça me ferait un trou. Ma retraite, elle tombe le 9, et dès le 20 il faut faire attention. Avec Simone, on compte tout, vous savez, on a l’habitude : au fournil, on pesait tout au gramme !
pension_talk-guilt = Vous savez, Thermi-Service est une petite entreprise : si tous leurs clients faisaient comme vous, ils mettraient la clé sous la porte.
    .feedback = Culpabiliser un client qui vient de dire qu’il veut payer est de la manipulation : il se vexe et se réfugie derrière « je vais voir avec ma fille ». Une question sur ses moyens aurait ouvert la négociation.
pension_talk-propose_100 = Est-ce que 100 € par mois, ce serait possible pour vous ?
    .feedback = La question fermée arrive trop tôt : vous proposez un chiffre avant de connaître sa capacité. En phase « comprendre », une question ouverte sur ce qu’il peut consacrer chaque mois donne une base solide.
pension_talk-diagnose = Je comprends, une retraite, ça se gère au plus près. Si je vous suis bien, ce n’est pas la facture qui vous gêne, c’est de la payer en une seule fois. Une fois vos charges réglées, combien pourriez-vous y consacrer chaque mois sans vous mettre en difficulté ?
    .feedback = Empathie sans complaisance, reformulation qui isole le vrai frein (le paiement en une fois), puis question ouverte de diagnostic : vous construirez une solution à sa mesure, donc tenable.
pension_talk-no_rush = Oh, je comprends tout à fait, ne vous inquiétez pas : ça peut attendre, payez quand vous pourrez.
    .feedback = Position passive : vous renoncez à tout engagement au moment où il était prêt à en parler. « Quand vous pourrez » ne fixe ni montant ni date, et la facture retournera sur le buffet.

brother_party = Par mois, ça oui, je peux ! Jusqu’à 130, 140 €, sans me priver. Ma retraite arrive le 9… sauf quand le 9 tombe un dimanche, là c’est le lundi. Tiens, dimanche, justement, on a fêté les quatre-vingts ans de mon frère Roger, à Riom. Un gâteau comme ça ! Bon, entre nous, il était moins bon que les miens…
    .alt1 = Chaque mois ? Ah, ça, c’est plus facile ! 130, 140 €, ça passe, ma retraite arrive le 9. Le 9, c’est sacré : Simone et moi, on va au marché, on prend un poulet rôti et on fait les mots fléchés au café. Elle triche, hein, elle regarde les solutions !
brother_party-summary_proposal = Ça donne envie ! Si je résume : votre retraite arrive le 9, et vous pouvez consacrer jusqu’à 130 ou 140 € par mois à cette facture. Je vous propose donc de la régler en trois fois 128,80 €, sans aucun frais. Est-ce que cette solution vous conviendrait ?
    .feedback = Une phrase d’accueil, puis une synthèse qui ne garde que les chiffres utiles, une proposition à la mesure de ses moyens et une question fermée. Vous passez à « convaincre » au bon moment, en vous appuyant sur ses propres mots.
brother_party-pay_all_now = Vous savez, le plus simple serait de tout régler aujourd’hui : après, je ne pourrai plus rien faire pour vous.
    .feedback = Fausse urgence et sous-entendu inquiétant : c’est de la manipulation. En plus, il vient de vous dire que 386 € d’un coup dépassent ses moyens ; il esquive en renvoyant à sa fille.
brother_party-party_chat = Ah, les fêtes de famille, les bons repas… Il n’y a rien de mieux, vous avez bien raison d’en profiter !
    .feedback = Il venait de vous donner deux informations précieuses, sa capacité mensuelle et le jour de sa retraite, et vous le suivez dans la digression au lieu de les reformuler.

roger_detour = Ah, vous aimez les bonnes choses, vous aussi ? Alors écoutez : le fraisier, le vrai, on le faisait avec des fraises de pays, pas ces fraises d’Espagne qui ont le goût de l’eau. Le dimanche matin, il y avait la queue jusqu’à la pharmacie ! Aujourd’hui, les jeunes achètent des gâteaux surgelés…
    .alt1 = Oh, je pourrais vous en parler des heures, de la bonne cuisine ! Trente-huit ans de boulangerie, vous pensez. Mon secret pour la pâte feuilletée, je ne l’ai donné à personne, même pas à Roger. Il me le demande à chaque anniversaire, et à chaque fois je lui réponds : « Quand tu auras cent ans ! »
roger_detour-more_cakes = Un secret de boulanger, ça ne se partage pas, vous avez bien raison ! Les bonnes recettes d’autrefois se perdent.
    .feedback = Encore une relance de la digression : le temps file, et l’information utile qu’il vous avait donnée (130 à 140 € par mois) s’est perdue dans la conversation.
roger_detour-back_to_plan = Quel savoir-faire ! Pour que vous soyez à l’heure pour votre taxi, je vous propose qu’on y revienne : vous m’avez dit pouvoir consacrer 130 à 140 € par mois. Je vous propose trois règlements de 128,80 €, sans aucun frais. Cela vous conviendrait-il ?
    .feedback = Vous refermez l’anecdote avec chaleur, vous reformulez sa capacité de paiement et vous concluez par une proposition et une question fermée : le rattrapage est net et courtois.
roger_detour-cakes_rude = Monsieur, vos gâteaux ne paieront pas votre facture. Il faut régler, maintenant.
    .feedback = L’ironie et « il faut » blessent un client qui était prêt à s’engager. On ferme une digression par une reformulation, pas par une pique.

## convaincre

daughter = Trois fois… Oui, ça me paraît honnête, ce que vous dites là. Mais vous savez, les papiers, c’est ma fille Nathalie qui s’en occupe. Moi, les chiffres, à part ceux du loto… Je vais lui en parler dimanche au repas, et je vous rappelle. Hein, ça vous va ?
    .alt1 = Ça me va, dans l’idée. Mais je ne m’engage à rien sans Nathalie, ma fille : c’est elle qui tient mes comptes depuis que la banque est passée sur internet. Laissez-moi lui en parler ce week-end, je vous rappellerai la semaine prochaine, promis !
daughter-wait_call = Bien sûr, prenez le temps d’en parler avec votre fille, et rappelez-moi quand vous voulez.
    .feedback = Vous acceptez l’objection-délai sans la traiter : c’est la promesse vague classique, et le précédent appel a montré qu’il ne rappelle pas. Il était d’accord sur le principe : il fallait fixer les dates maintenant.
daughter-fake_fees = Attention, Monsieur Rigaud : d’ici dimanche, des frais de recouvrement vont s’ajouter à votre dossier. Mieux vaut décider tout de suite.
    .feedback = C’est faux et interdit : les frais de recouvrement amiable ne peuvent pas être mis à la charge d’un particulier. Même s’il cède sous la peur, c’est un manquement grave, et la relation de confiance est rompue.
daughter-handle_daughter = C’est bien normal de vouloir l’avis de Nathalie. Si je comprends bien, la solution vous convient, et c’est la paperasse que vous préférez lui confier. Je vous propose qu’on fixe les dates ensemble maintenant ; je vous envoie ensuite un récapitulatif écrit que vous pourrez lui montrer dimanche. Ainsi, le dossier se règle à l’amiable et les relances s’arrêtent. Cela vous convient ?
    .feedback = Vous reformulez l’objection pour en isoler le vrai motif, vous y répondez par une solution (le récapitulatif écrit pour sa fille), vous présentez des conséquences positives et vous concluez par une question fermée. L’objection-délai est traitée sans pression.

## conclure

fix_dates = Bon, d’accord, vous avez gagné : on le fait maintenant ! Attendez, je prends de quoi écrire… Il y a toujours trois stylos dans le pot, et jamais un qui marche ! Ah, celui de la banque. Tiens, à la banque, ils ont encore changé de conseiller, le troisième en deux ans. Le dernier, il avait l’âge de Théo, je vous jure !
    .alt1 = Ah, vu comme ça… D’accord, allons-y ! Je note sur le calendrier de la poste, celui avec les chatons, c’est Simone qui l’a choisi. Attendez, mon stylo… c’est celui de la banque. D’ailleurs, la banque, le facteur, plus rien n’est pareil, tout change tout le temps…
fix_dates-propose_dates = Prenez votre temps. Puisque votre retraite arrive le 9, je vous propose le 10 de chaque mois : 128,80 € le 10 juin, le 10 juillet et le 10 août. Ces dates vous conviennent ?
    .feedback = Vous laissez passer l’anecdote sans la relancer, vous reprenez ce qu’il vous a dit de sa retraite pour caler des dates réalistes et une question fermée appelle l’engagement : une conclusion précise et à sa mesure.
fix_dates-open_when = Quand pourriez-vous faire le premier règlement, et les suivants ?
    .feedback = En conclusion, face à un client qui digresse, la question ouverte lui rend la main : il risque de repartir sur sa banque au lieu de donner une date. Proposez des dates précises et demandez-lui de les valider.
fix_dates-bank_chat = Trois conseillers en deux ans ? Ah, les banques, c’est toujours pareil, on ne sait plus à qui parler !
    .feedback = Au moment de fixer les dates, vous relancez le sujet de la banque : vous perdez le bénéfice de son accord et le temps qui reste avant son taxi.
fix_dates-hurry_up = Monsieur Rigaud, on n’a pas toute la journée : trouvez un stylo qui marche et notez.
    .feedback = L’impatience se lit dans chaque mot : il se sent bousculé au moment même où il venait d’accepter. Une proposition de dates, posée calmement, aurait suffi à recentrer.

bank_detour = Le stylo de la banque, oui… Ah, la banque ! Parlons-en : le conseiller d’avant, M. Vidal, il connaissait tout le monde, il demandait des nouvelles de Simone. Le nouveau, il m’a proposé une application ! Une application, à moi ! Je lui ai dit : « Jeune homme, j’ai mon carnet de chèques, et il marche sans batterie ! »
    .alt1 = Attendez, attendez… La banque, c’est tout un poème. Avant, on avait M. Vidal, un homme charmant, qui venait même à l’enterrement des clients ! Maintenant, c’est un jeune qui me parle de « mot de passe à double authentification ». Double quoi ? Moi, j’ai mon carnet de chèques, ça me suffit.
bank_detour-apps_chat = Ah, ces applications, c’est vrai que ce n’est pas toujours simple. Vous avez bien raison de garder votre carnet de chèques !
    .feedback = Vous prolongez la digression au moment de conclure : le taxi risque d’arriver avant qu’une seule date soit fixée.
bank_detour-mock_adviser = Votre conseiller bancaire, je m’en moque, Monsieur. Revenez à votre facture.
    .feedback = Vous le rabrouez : il se ferme et se réfugie derrière « je verrai avec ma fille ». Son carnet de chèques vous offrait pourtant une transition toute trouvée.
bank_detour-dates_again = Le carnet de chèques, ça tombe bien ! Si je résume, votre retraite arrive le 9 : je vous propose 128,80 € le 10 juin, le 10 juillet et le 10 août. Ça vous convient ?
    .feedback = Vous rebondissez sur ses propres mots (le carnet de chèques) pour recentrer, vous reformulez le jour de sa retraite et une question fermée fixe les dates : le rattrapage est élégant.

payment_method = Voilà, c’est noté : le 10, juste après la retraite, comme ça pas de risque d’oubli. Et je paie comment, moi ? J’aime bien le chèque, on voit ce qu’on fait. Théo dit que c’est préhistorique, mais Théo, il croit que l’argent pousse dans les téléphones !
    .alt1 = Le 10, le 10, le 10… Je l’écris en gros, en rouge. Et je vous règle comment ? Par chèque, ça vous va ? Parce que les virements, c’est Nathalie qui les fait, et elle, il faut l’attraper entre deux réunions !
payment_method-card_now = Le chèque, c’est dépassé. Donnez-moi plutôt votre numéro de carte bancaire tout de suite, c’est plus sûr pour vous.
    .feedback = « C’est plus sûr pour vous » est faux et cache votre intérêt : c’est une pression manipulatrice. Un client âgé à qui l’on demande sa carte au téléphone pense aussitôt à une arnaque.
payment_method-confirm_cheque = Le chèque, c’est parfait. Vous le libellez à l’ordre de Thermi-Service Auvergne, avec la référence TSA-2026-1174 au dos, et vous l’envoyez à l’adresse indiquée sur la facture. Vous avez bien cette adresse sous les yeux ?
    .feedback = Vous acceptez le moyen de paiement qui le rassure et vous précisez chaque détail pratique (ordre, référence, adresse) ; la question fermée vérifie qu’il a tout ce qu’il faut. Un engagement précis est un engagement tenu.
payment_method-whatever = Oh, comme vous voulez, Monsieur Rigaud : chèque, virement, quand ça vous arrange, ce n’est pas pressé.
    .feedback = « Quand ça vous arrange » défait en une phrase les dates que vous veniez de fixer. Conclure, c’est préciser : moyen de paiement, montant, date.

scam_worry = Mon numéro de carte ? Au téléphone ? Ah non, non, non ! On le dit tout le temps à la télé, les arnaques par téléphone ! Qu’est-ce qui me prouve que vous êtes bien de chez… comment, déjà ? Nathalie m’a dit de ne jamais donner ma carte !
    .alt1 = Ma carte bleue ? Oh là, attendez… Ça sent l’arnaque, ça. Le mois dernier, la voisine s’est fait avoir comme ça, 800 € envolés ! Je ne donne rien du tout, moi !
scam_worry-reassure_cheque = Vous avez tout à fait raison d’être prudent, et Nathalie vous conseille bien. Si je vous comprends bien, c’est de donner votre carte au téléphone qui vous inquiète : gardons donc le chèque, à l’ordre de Thermi-Service Auvergne, avec la référence TSA-2026-1174 au dos. Vous pouvez aussi appeler Thermi-Service au numéro de votre facture pour vérifier qui je suis. Cela vous rassure ?
    .feedback = Vous validez sa prudence au lieu de la combattre, vous reformulez sa crainte et vous y répondez concrètement (le chèque, la vérification auprès du créancier). La confiance revient, et l’engagement tient.
scam_worry-insist_card = Si vous ne me donnez pas votre carte maintenant, votre dossier partira au contentieux dès ce soir.
    .feedback = Fausse urgence et pression sur un client effrayé : c’est exactement le comportement d’un escroc. Il a toutes les raisons de raccrocher.
scam_worry-give_up = Bon, tant pis, faites comme vous voulez, envoyez ce que vous pourrez.
    .feedback = Vous abandonnez les dates et le montant fixés ensemble : il ne reste qu’une vague promesse. Il suffisait de revenir au chèque qu’il proposait lui-même.

final_digression = Attendez, je note… T-S-A… 2026… Oh, tiens, voilà M. Pelletier, le voisin, qui passe devant la fenêtre avec son souffleur à feuilles. Il me fait signe ! Vous voulez que je vous le passe ? C’est lui qui m’a conseillé Thermi-Service, il les connaît bien !
    .alt1 = C’est noté, avec le numéro au dos. Ah, ça sonne à la porte… C’est M. Pelletier, le voisin, il me rapporte mon journal. Entrez, entrez ! Tenez, vous voulez lui parler ? Il est très fort pour les papiers, lui, il était aux impôts !
final_digression-pass_neighbour = Oh, pourquoi pas, passez-le-moi ! Il pourra vous aider à vous souvenir des dates de paiement de votre facture.
    .feedback = Parler de la dette à un tiers, fût-ce un voisin bienveillant, est une violation du secret : c’est un manquement grave. Et vous suivez encore la digression au lieu de conclure.
final_digression-just_bye = Non merci, ce n’est pas utile. Parfait, alors, c’est réglé : bonne journée, Monsieur Rigaud, et bon kiné !
    .feedback = Vous déclinez à juste titre, mais vous raccrochez sans récapituler. Avec un client qui s’éparpille, le récapitulatif est ce qui fixe l’engagement : sans lui, les dates risquent de s’évaporer.
final_digression-recap = Merci, c’est gentil, mais ce dossier reste entre nous, Monsieur Rigaud. Je vous récapitule : trois chèques de 128,80 €, à l’ordre de Thermi-Service Auvergne, le 10 juin, le 10 juillet et le 10 août, avec la référence TSA-2026-1174 au dos. C’est bien ce que vous avez noté ?
    .feedback = Vous refusez avec tact de mêler le voisin au dossier, ce qui protège la confidentialité, puis le récapitulatif complet (montants, dates, ordre, référence) et la question fermée scellent l’accord.

neighbour_blunder = Voilà, il est reparti… Mais vous lui avez parlé de ma facture, à Pelletier ! Il va le raconter à tout le lotissement, qu’il a fallu une société de recouvrement pour Marcel Rigaud ! Moi qui ai toujours tout payé rubis sur l’ongle… Vous auriez pu être plus discrète, quand même !
    .alt1 = Bon, il est parti. Vous savez ce qu’il m’a dit en sortant ? « Alors, Marcel, on a des dettes ? » Devant sa femme ! Je suis mortifié, moi. Vous n’aviez pas à lui dire ça !
neighbour_blunder-own_mistake = Vous avez raison, Monsieur Rigaud, je n’aurais pas dû en parler à votre voisin, et je vous prie de m’en excuser : ce dossier ne regarde que vous. Je vous récapitule : trois chèques de 128,80 €, à l’ordre de Thermi-Service Auvergne, le 10 juin, le 10 juillet et le 10 août, avec la référence TSA-2026-1174 au dos. C’est bien ce que vous avez noté ?
    .feedback = Vous reconnaissez la faute sans détour et vous accueillez sa honte, puis vous revenez à l’essentiel par un récapitulatif précis. Cela sauve l’accord, pas le manquement : il reste dans le dossier.
neighbour_blunder-deny = C’est vous qui avez voulu me le passer, Monsieur. Ce n’est pas de ma faute.
    .feedback = Rejeter la faute sur le client aggrave le manquement : c’est vous qui deviez protéger la confidentialité de sa dette. Il se sent humilié une seconde fois.
neighbour_blunder-laugh_off = Oh, ce n’est rien, tout le monde a des petites dettes, vous savez !
    .feedback = Vous minimisez sa honte au lieu de la reconnaître, et vous ne revenez pas sur l’engagement : la fin d’appel est bâclée, et les dates se brouillent.

goodbye = C’est tout bon, je l’ai écrit en gros sur le calendrier, à côté de l’anniversaire de Lou. Vous m’envoyez quand même un petit papier ? Parce que moi, vous savez, les paroles s’envolent, et ma mémoire avec !
    .alt1 = Parfait, c’est noté, et souligné deux fois ! Vous me mettez ça par écrit, hein ? Nathalie va me demander des preuves, elle est pire qu’un contrôleur des impôts !
goodbye-chat_again = Oh, rien ne presse, on a encore un peu de temps avant votre taxi ! Ça me fait plaisir de discuter avec vous.
    .feedback = L’accord est conclu, et vous rouvrez la porte aux digressions au lieu de confirmer l’écrit qu’il demande : les dates risquent de se perdre dans la conversation.
goodbye-confirm_letter = Bien sûr : je vous envoie aujourd’hui un courrier qui reprend ces trois dates et ces montants, vous pourrez le montrer à Nathalie. Avez-vous encore une question avant l’arrivée de votre taxi ?
    .feedback = Vous annoncez la confirmation écrite, qui rassure le client et sa fille, et une dernière question fermée clôt l’appel avec courtoisie, à l’heure pour son taxi.
goodbye-no_letter = Non, ce n’est pas possible, on n’envoie pas de courrier pour ça. Votre parole suffira.
    .feedback = « Ce n’est pas possible » ferme la discussion, et c’est faux : la confirmation écrite fait partie d’une bonne conclusion. Sans elle, il risque d’oublier les dates.

## fins

plan_agreed = Non, non, c’est tout clair ! Merci, madame, vous êtes bien aimable, et patiente avec ça. Allez, je vous laisse, j’entends le taxi qui klaxonne. Bonne journée !
    .alt1 = Tout est clair comme de l’eau de roche ! Vous savez, c’est bien la première fois qu’on règle une affaire au téléphone sans que je raconte toute ma vie. Merci, et bonne journée, madame !
    .outcome = Monsieur Rigaud s’engage à régler la facture TSA-2026-1174 en trois chèques de 128,80 €, les 10 juin, 10 juillet et 10 août, juste après sa retraite. L’échéancier tient dans sa capacité de 130 à 140 € par mois, un courrier de confirmation part aujourd’hui, et l’appel s’est terminé à l’heure et dans la bonne humeur.
forgotten_dates = Le 10… ou c’était le 12 ? Bon, je retrouverai bien. Je vous enverrai un chèque, promis, juré ! Oh, le taxi klaxonne, je file. Au revoir, madame !
    .alt1 = Trois chèques de… combien, déjà ? Ah, et puis zut, je verrai sur la facture. Je m’en occupe, hein, parole de Rigaud ! Allez, au revoir !
    .outcome = Monsieur Rigaud promet de payer, mais sans récapitulatif ni confirmation claire, il a déjà mélangé les dates et les montants. L’engagement est fragile : une nouvelle relance sera probablement nécessaire.
vague_promise = Bon, écoutez, je vais voir ça avec ma fille Nathalie, c’est elle qui s’occupe des papiers. Je vous enverrai quelque chose, promis ! Allez, bonne journée, hein !
    .alt1 = Écoutez, j’en parle à Nathalie dimanche, et on vous fait un petit quelque chose. Ne vous en faites pas, je suis un homme de parole ! Au revoir, madame.
    .outcome = Aucune date, aucun montant : Monsieur Rigaud promet « quelque chose » après en avoir parlé à sa fille. C’est la promesse vague typique du client bavard ; le précédent appel s’était terminé de la même façon.
out_of_time = Oh, on sonne ! C’est le taxi pour le kiné, déjà ? Eh bien, on n’a pas vu le temps passer ! C’était bien agréable de bavarder… Mais au fait, vous m’appeliez pour quoi, déjà ? Rappelez-moi, hein ! Au revoir !
    .alt1 = Oh là, onze heures ! Le taxi est devant la porte, je dois filer. On a bien discuté, hein ? Vous me rappellerez pour le reste. Au revoir, madame !
    .outcome = Le temps s’est écoulé dans les digressions : le taxi est arrivé avant que rien ne soit fixé. Aucun engagement, et un appel de plus à prévoir. Le client bavard ne refuse pas de payer : c’est l’entretien qui n’a pas été conduit.
hangs_up = Ah non, alors ! Je ne me laisserai pas parler sur ce ton, à mon âge. Au revoir, madame !
    .alt1 = Je vous ai toujours parlé poliment, moi. Puisque c’est comme ça, je raccroche. Au revoir !
    .outcome = Monsieur Rigaud, blessé, a raccroché. Un client de bonne foi, qui voulait payer, est devenu hostile : la relation est à reconstruire, et le dossier n’a pas avancé.
