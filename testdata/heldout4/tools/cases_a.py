"""Contract A: Julie Morel Conseil x Le Fournil des Halles (bookkeeping, French, EUR)."""
from mailgen import Msg, Quote, Attachment
from people import *
import attachments as att

K = "morel-fournil-compta"

CASES = []


def case(**kw):
    CASES.append(kw)


Q_FICHES = Quote(JULIE, (2026, 11, 13, 17, 40, 12), to=[SEB], cc=[AGATHE],
                 subject="Vos 10 fiches de coût de revient", body="""\
Bonjour Sébastien,

Voici les dix fiches de coût de revient (classeur Excel partagé) : baguette tradition, pain de campagne, croissant, pain au chocolat, flan pâtissier, paris-brest, tarte aux pommes, éclair café, kouign-amann et pain aux céréales.

Pour chaque produit : coût matières, part d'énergie du four, temps de main-d'œuvre, prix de vente conseillé et marge. Un tour d'ajustements est prévu : regroupez vos remarques si possible.

Bonne soirée,
Julie

--
Julie Morel
Comptable indépendante - Julie Morel Conseil
06 52 18 44 70""")

Q_FICHES_V2 = Quote(JULIE, (2026, 11, 27, 11, 5, 48), to=[SEB, AGATHE],
                    subject="Fiches de coût de revient - V2", body="""\
Bonjour à tous les deux,

Voici la V2 des fiches avec vos corrections du 17 novembre : sel de la tradition à 1,8 %, temps de four du croissant ramené à 18 minutes, emballage ajouté sur les tartes.

Le tour d'ajustements prévu au contrat est donc utilisé ; ces fiches sont la version définitive.

Julie""")

Q_TRESO_V2 = Quote(JULIE, (2026, 11, 13, 9, 20, 5), to=[ELODIE], cc=[SEB],
                   subject="Prévisionnel de trésorerie 2027 - V2", body="""\
Bonjour Élodie,

Suite à notre échange de mardi, voici la V2 du prévisionnel : la TVA est désormais décaissée le mois suivant, et le scénario prudent retient un chiffre d'affaires à -8 % au lieu de -5 %.

Il reste un tour d'ajustements inclus avant le rendez-vous bancaire du 20 novembre.

Bien à vous,
Julie""")

# h001 -------------------------------------------------------------------------
case(id="h001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Agathe transmet la nouvelle grille de prix du meunier pour les fiches de coût en préparation : c'est de la matière pour « couts », pas une modification ; la lettre citée s'adresse à la boulangerie, pas à la comptable.",
     msg=Msg("h001", AGATHE, [JULIE], (2026, 10, 19, 14, 8, 33),
             "Fwd: Évolution de nos tarifs au 1er novembre", """\
Bonjour Julie,

Pour les fiches de coût de revient que vous êtes en train de monter : le moulin vient de nous envoyer ses nouveaux prix, applicables dès novembre. Autant partir directement sur ceux-là, la T65 prend presque 6 %.

Bonne fin de journée,""", quote=Quote(MOULIN, (2026, 10, 17, 10, 2, 40), to=[CONTACT_FOURNIL], forward=True,
                                       subject="Évolution de nos tarifs au 1er novembre", body="""\
Madame, Monsieur,

En raison de la hausse du prix du blé et de l'énergie, nous vous informons de l'évolution de nos tarifs à compter du 1er novembre 2026 :

- Farine de tradition T65 (sac de 25 kg) : 21,40 € HT (au lieu de 20,20 €)
- Farine de seigle T130 (sac de 25 kg) : 26,90 € HT (au lieu de 26,10 €)
- Farine de gruau T45 (sac de 25 kg) : 23,80 € HT (inchangé)

Nous restons à votre disposition pour tout renseignement.

Service commercial
Moulins Bourdin""")))

# h002 -------------------------------------------------------------------------
case(id="h002", contract=K, lang="fr", verdict="in_scope", state={"couts": 1, "tresorerie": 2},
     note="Élodie envoie les pièces manquantes de novembre et demande confirmation que la clôture du mois reste prévue : client input et question sur la « saisie » déjà vendue.",
     msg=Msg("h002", ELODIE, [JULIE], (2026, 12, 3, 10, 44, 19),
             "Pièces novembre", """\
Bonjour Julie,

Vous trouverez ci-joint les deux factures qui manquaient pour novembre : la réparation du laminoir et la livraison de beurre du 28. Les tickets Z du mois sont déjà dans le dossier partagé, ainsi que le relevé du compte pro.

Avec ça, vous avez tout pour clôturer novembre à la date habituelle ? Dites-moi s'il vous manque encore quelque chose.

Bonne journée,""", attachments=[Attachment("Facture_laminoir_Rondo.jpg", "image/jpeg", att.JPEG),
                                 Attachment("BL_beurre_28-11.jpg", "image/jpeg", att.JPEG)]))

# h003 -------------------------------------------------------------------------
case(id="h003", contract=K, lang="fr", verdict="revision", deliverable="couts", state={"couts": 0},
     note="Premières corrections demandées sur les fiches de coût livrées (dosage de sel, temps de four, emballage oublié) ; « couts » inclut 1 tour et aucun n'est consommé.",
     msg=Msg("h003", SEB, [JULIE], (2026, 11, 17, 21, 32, 6),
             "Re: Vos 10 fiches de coût de revient", """\
Bonsoir Julie,

J'ai regardé les fiches avec Agathe ce soir après la fermeture, c'est vraiment parlant. Quelques erreurs quand même, de notre faute sans doute parce qu'on vous a donné des chiffres à l'oral :

- la tradition, on est à 1,8 % de sel et pas 2 % ;
- le croissant ne passe pas 40 minutes au four, c'est 18 minutes (les 40 c'est la pousse) ;
- sur les tartes aux pommes il manque la boîte carton, 0,32 € pièce.

Vous pouvez corriger et nous renvoyer le classeur ? Pour le reste on ne touche à rien.

Merci !""", cc=[AGATHE], quote=Q_FICHES))

# h004 -------------------------------------------------------------------------
case(id="h004", contract=K, lang="fr", verdict="revision", deliverable="tresorerie",
     state={"couts": 0, "tresorerie": 1},
     note="Deuxième série d'ajustements du prévisionnel livré (date de l'emprunt du four, hausse du loyer) ; « tresorerie » inclut 2 tours et un seul est consommé.",
     msg=Msg("h004", ELODIE_1252, [JULIE], (2026, 11, 16, 15, 12, 51),
             "RE: Prévisionnel de trésorerie 2027 - V2", """\
Bonjour Julie,

Merci pour la V2, on y voit beaucoup plus clair.

Sébastien a eu le fournisseur du four ce matin : la livraison glisse à mars, donc le premier remboursement de l’emprunt aussi. Et le bailleur nous a confirmé l’indexation du loyer en juillet, +3,2 %.

Pourriez-vous intégrer ces deux points dans les deux scénarios ? Ensuite je pense qu’on sera prêts pour la banque.

Cordialement,""", cc=[SEB], quote=Q_TRESO_V2))

# h005 -------------------------------------------------------------------------
case(id="h005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="saisie",
     state={"saisie": 0, "couts": 0},
     note="Reprendre la saisie d'octobre déjà clôturée pour ventiler autrement les ventes est un changement sur un livrable rendu ; « saisie » n'inclut aucun tour (revisions = 0), la première demande est donc au-delà.",
     msg=Msg("h005", SEB_IPHONE, [JULIE], (2026, 11, 20, 6, 48, 27),
             "Re: Octobre clôturé", """\
Julie, en relisant le grand livre d'octobre je me rends compte que toutes les ventes sont sur un seul compte. Ce serait possible de refaire le mois en séparant la boutique et le marché du samedi ? Je voudrais voir ce que le marché rapporte vraiment.

Bonne journée
Seb""", quote=Quote(JULIE, (2026, 11, 14, 18, 2, 30), to=[SEB_IPHONE], cc=[ELODIE],
                      subject="Octobre clôturé", body="""\
Bonjour Sébastien,

Le mois d'octobre est clôturé : achats, ventes et banques saisis, rapprochement fait sur les deux comptes, lettrage fournisseurs à jour. Vous trouverez la balance et le grand livre dans le dossier partagé.

Petit rappel : la préparation des bulletins des apprentis reste chez votre cabinet social.

Julie""")))

# h006 -------------------------------------------------------------------------
case(id="h006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="couts",
     state={"couts": 1, "tresorerie": 2},
     note="Nouveau recalcul demandé sur des fiches de coût déjà livrées en version définitive (prix du lait, marge du paris-brest) alors que le seul tour inclus pour « couts » est consommé ; l'agacement ne change rien.",
     msg=Msg("h006", AGATHE, [JULIE], (2026, 12, 1, 19, 26, 4),
             "Re: Fiches de coût de revient - V2", """\
Bonsoir Julie,

Désolée mais je ne peux pas laisser passer la fiche du flan : depuis lundi on est passés au lait bio de la ferme de la Saulaie, 1,45 € le litre au lieu de 0,98 €, ça change tout. Et le paris-brest à 31 % de marge, franchement je n'y crois pas, on a l'impression que les chiffres de la pâtisserie sont toujours pris par-dessus la jambe.

Vous pouvez refaire ces deux fiches avec les bons chiffres ?

Agathe""", sig="", cc=[SEB], quote=Q_FICHES_V2))

# h007 -------------------------------------------------------------------------
case(id="h007", contract=K, lang="fr", verdict="out_of_scope", deliverable="couts",
     state={"couts": 1, "tresorerie": 1},
     note="Deux fiches de plus (galette des rois, brioche feuilletée) portent le total à 12 alors que « couts » en compte 10 ; la fiche supplémentaire figure à la grille tarifaire.",
     msg=Msg("h007", SEB, [JULIE], (2026, 11, 24, 13, 55, 38),
             "Galette et brioche", """\
Bonjour Julie,

En janvier on va vendre énormément de galettes des rois (l'an dernier près de 900), et Agathe veut lancer une brioche feuilletée au sucre roux pour la rentrée.

Vous pourriez nous préparer la fiche de ces deux-là aussi, sur le même modèle que les autres ? Je vous envoie les recettes et les grammages demain.

Merci,"""))

# h008 -------------------------------------------------------------------------
case(id="h008", contract=K, lang="fr", verdict="out_of_scope", state={"saisie": 1, "couts": 1},
     note="Calculer la rémunération des apprentis, établir leurs bulletins et faire la déclaration mensuelle aux caisses relève de l'exclusion « Paie et social », même si aucun mot-clé de l'exclusion n'est employé.",
     msg=Msg("h008", ELODIE, [JULIE], (2026, 12, 8, 11, 3, 57),
             "Apprentis - décembre", """\
Bonjour Julie,

Mauvaise surprise : notre cabinet social arrête son activité au 31 décembre et nous n'avons encore personne pour prendre la suite.

Est-ce que vous pourriez, juste pour ce mois-ci, calculer ce que nous devons verser à Lucas et à Maëlle (nos deux apprentis, avec les heures du dimanche et les primes de fin d'année), préparer leurs bulletins de décembre et faire la déclaration mensuelle aux caisses ? Je vous transmets leurs contrats et les plannings.

Merci beaucoup, vous nous sauveriez la mise.""", cc=[SEB]))

# h009 -------------------------------------------------------------------------
case(id="h009", contract=K, lang="fr", verdict="out_of_scope", deliverable="tresorerie", state={},
     note="Le prévisionnel est à livrer le 20 novembre selon la description du livrable « tresorerie » ; l'exiger pour le 10 novembre est un délai plus court que convenu, donc hors périmètre.",
     msg=Msg("h009", SEB_IPHONE, [JULIE], (2026, 11, 3, 7, 5, 12),
             "Rendez-vous banque", """\
Bonjour Julie

Le Crédit Mutuel a avancé notre rendez-vous pour le four au jeudi 12. Il me faudrait donc le prévisionnel de trésorerie complet, les deux scénarios, pour le mardi 10 au plus tard, pas le 20.

Je sais que ça raccourcit beaucoup mais si on rate ce créneau le conseiller n'est pas dispo avant janvier. Tu me dis ?

Seb""", sig=""))

# h010 -------------------------------------------------------------------------
case(id="h010", contract=K, lang="fr", verdict="unclear", state={"couts": 1, "tresorerie": 1},
     note="« Reprendre le prévisionnel avec le corner de Cholet » peut être un ajustement du plan livré (révision, un tour restant sur « tresorerie ») ou un second prévisionnel pour un nouveau point de vente avec ses propres investissements (travail nouveau) : les deux lectures mènent à des verdicts différents.",
     msg=Msg("h010", AGATHE, [JULIE], (2026, 11, 26, 9, 37, 45),
             "Cholet", """\
Bonjour Julie,

Grosse nouvelle : on nous propose un corner aux halles de Cholet à partir d'avril, trois jours par semaine. Rien n'est signé, il faudrait acheter une vitrine réfrigérée et embaucher une vendeuse à mi-temps.

Est-ce que vous pourriez reprendre le prévisionnel avec ça ? Je ne sais pas si c'est une simple ligne à ajouter ou tout un chantier, à vous de me dire.

Merci,
Agathe""", sig="", text_only=True))

# h011 -------------------------------------------------------------------------
case(id="h011", contract=K, lang="fr", verdict="not_a_request", state={"couts": 0, "tresorerie": 1},
     note="Avis de virement généré automatiquement ; « prévisionnel de trésorerie » apparaît dans le libellé de facture mais aucun travail n'est demandé.",
     msg=Msg("h011", PAIEMENTS_FOURNIL, [JULIE], (2026, 11, 5, 16, 30, 0),
             "Avis de paiement n° 2026-0417", """\
Madame,

Nous vous informons qu'un virement a été ordonné ce jour en votre faveur.

Bénéficiaire : JULIE MOREL CONSEIL
Libellé : FACT JM-2026-021 - Saisie octobre + acompte prévisionnel de trésorerie
Montant : 1 188,00 EUR
Date de valeur prévue : 06/11/2026

Cet avis est émis automatiquement par notre logiciel de gestion, merci de ne pas répondre à ce message.

Le Fournil des Halles SARL – Service gestion""", charset="windows-1252", cte="8bit",
             extra_headers=["X-Mailer: EBP Gestion Commerciale Notifications", "Auto-Submitted: auto-generated"]))

# h012 -------------------------------------------------------------------------
case(id="h012", contract=K, lang="en", verdict="not_a_request", state={"couts": 1, "tresorerie": 2},
     note="Question sur une ligne de la facture de novembre (acompte ou double facturation des fiches de coût) : une question de facturation ne demande aucun travail.",
     msg=Msg("h012", OWEN, [JULIE], (2026, 12, 2, 16, 14, 22),
             "Your November invoice", """\
Hi Julie,

Sébastien is at the mill today and asked me to look at your November invoice before he pays it. The cost price sheets appear on two lines, once at 640 € and once at 320 €. Is the second line the balance of the first, or is something billed twice?

Sorry to bother you with this, my French accounting vocabulary is still limited.

Best,
Owen""", sig="", cc=[SEB]))
