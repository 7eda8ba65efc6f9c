"""Contract F: Atelier Pivoine & Lin x Soléane Cosmétiques (event florist for a corporate convention and gala
dinner, French contract, EUR, Lyon; the group's chief of staff writes in English)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "pivoine-soleane-evenement"

Q_CROQUIS = Quote(CLEMENCE, (2027, 3, 25, 17, 40, 12), to=[SANDRINE, JULIEN], subject="Croquis arche et composition d'accueil",
                  body="""\
Bonjour Sandrine, bonjour Julien,

Vous trouverez ci-joint les croquis des deux grandes compositions :
- arche de scène, version A : arche ronde complète, très fournie, pivoines corail et feuillages retombants ;
- arche de scène, version B : demi-arche asymétrique, plus légère, qui laisse l'écran entièrement visible ;
- composition d'accueil : grande urne sur pied, branchages de cerisier et pivoines, environ 1,60 m.

Dites-moi quelle version d'arche vous retenez, je lancerai les commandes de fleurs ensuite.

Belle soirée,
Clémence""")

Q_TEMOIN_1 = Quote(CLEMENCE, (2027, 4, 19, 18, 2, 50), to=[SANDRINE], cc=[JULIEN], subject="Votre centre témoin",
                   body="""\
Bonjour Sandrine,

Voici les photos du centre témoin (vue de dessus, vue à hauteur de convive et une vue avec couverts) : pivoines corail, renoncules pêche, œillets crème, eucalyptus et quelques brins de sauge, dans la coupe en verre prévue.

Le contrat prévoit deux séries de retouches sur les centres de table : n'hésitez pas à regrouper toutes vos remarques.

Clémence""")

Q_TEMOIN_3 = Quote(CLEMENCE, (2027, 5, 18, 16, 25, 3), to=[SANDRINE, JULIEN], subject="Re: Centre témoin n°2",
                   body="""\
Bonjour à tous les deux,

Voici la troisième version du centre témoin, avec les renoncules blanches en plus et l'eucalyptus réduit de moitié comme demandé.

C'était votre deuxième série de retouches : je considère cette composition comme validée et je passe commande des 30 centres chez mes producteurs lundi.

Clémence""")

Q_ARCHE = Quote(CLEMENCE, (2027, 5, 25, 12, 10, 0), to=[HELENE, SANDRINE], subject="Maquette de l'arche",
                body="""\
Bonjour Madame Ferraud, bonjour Sandrine,

J'ai monté une section de l'arche à l'atelier ce matin, voici les photos avec un écran factice à côté pour juger des proportions.

Clémence""")

Q_BOUQUET = Quote(CLEMENCE, (2027, 5, 27, 15, 48, 20), to=[SANDRINE], subject="Bouquet modèle des intervenants",
                  body="""\
Bonjour Sandrine,

Voici le bouquet modèle pour les intervenants : bouquet rond de pivoines corail, lisianthus blancs et eucalyptus, emballage kraft et ruban vert sauge.

Clémence""")

CASES = []


def case(**kw):
    CASES.append(kw)


# f001 -------------------------------------------------------------------------
case(id="f001", contract=K, lang="fr", verdict="in_scope", state={},
     note="Sandrine envoie le plan de salle, les teintes de la marque et les contacts du Domaine, et demande quand le centre témoin sera prêt : apport du client et question de délai sur un livrable prévu.",
     msg=Msg("f001", SANDRINE, [CLEMENCE], (2027, 3, 9, 10, 14, 26), "Convention Soléane - plan de salle et infos pratiques", """\
Bonjour Clémence,

Suite à notre rendez-vous de jeudi et à la signature du devis, voici les éléments promis :

- le plan de salle du dîner en pièce jointe : 240 convives, 30 tables rondes de 8, la table d'honneur est la n°1 ;
- nos teintes : corail Pantone 16-1546 et vert sauge 15-6316 (la planche de tendances est aussi jointe) ;
- au Domaine des Grands Cèdres, le contact pour la logistique est M. Perrin, régisseur, au 04 74 65 20 81 ; le quai de livraison est derrière l'orangerie.

La plénière commence à 14 h 30 et le dîner à 20 h, dans la même salle que l'an dernier.

Pourriez-vous me dire vers quelle date vous pensez nous montrer le centre témoin ? Notre directrice générale souhaiterait le voir avant son départ en congés, le 23 avril.

Bien cordialement,
Sandrine Vial""", attachments=[Attachment("Planche_tendances_Soleane_2027.png", "image/png", att.png(16, 10, (242, 122, 95))),
                                Attachment("Plan_de_salle_diner_gala.png", "image/png", att.png(12, 12, (140, 168, 140)))]))

# f002 -------------------------------------------------------------------------
case(id="f002", contract=K, lang="fr", verdict="in_scope", state={},
     note="Julien retient la version B de l'arche parmi les croquis proposés, valide l'accueil et demande l'heure d'arrivée pour l'installation : un choix entre options prévues et une question logistique sur un livrable couvert.",
     msg=Msg("f002", JULIEN, [CLEMENCE], (2027, 3, 29, 11, 26, 40), "Re: Croquis arche et composition d'accueil", """\
Bonjour Clémence,

Merci pour les croquis, ils ont fait l'unanimité au comité de direction de ce matin !

Pour l'arche, on part sur la version B, la demi-arche : notre PDG projette beaucoup de slides et il tient à ce que l'écran reste dégagé. La composition d'accueil est validée telle quelle, les branches de cerisier ont beaucoup plu.

Tu peux lancer les commandes. Une question pratique : à quelle heure comptes-tu arriver le 17 pour monter l'arche ? Je dois prévenir le régisseur pour l'ouverture de la salle, elle est occupée par un autre séminaire jusqu'à 10 h.

Merci et bonne journée,
Julien""", cc=[SANDRINE], quote=Q_CROQUIS))

# f003 -------------------------------------------------------------------------
case(id="f003", contract=K, lang="fr", verdict="revision", deliverable="centres-table", state={"centres-table": 0},
     note="Sandrine demande un centre témoin plus bas, plus de corail, moins d'eucalyptus et sans œillets : une série de retouches sur les centres de table, la première des deux prévues.",
     msg=Msg("f003", SANDRINE_1252, [CLEMENCE], (2027, 4, 21, 9, 2, 15), "RE: Votre centre témoin", """\
Bonjour Clémence,

Merci pour les photos, le centre témoin est superbe. Nous l'avons regardé hier avec Hélène Ferraud et Julien, voici nos remarques regroupées :

- il est un peu trop haut : sur la vue « à hauteur de convive », on ne voit plus la personne en face. Pourriez-vous le baisser d'une dizaine de centimètres ?
- nous aimerions davantage de corail et un peu moins d'eucalyptus, qui tire l’ensemble vers le gris ;
- Hélène n'aime pas les œillets : pouvez-vous les remplacer par une autre fleur crème ?

Pour le reste, c'est exactement l'esprit que nous voulions.

Bien cordialement,
Sandrine""", quote=Q_TEMOIN_1))

# f004 -------------------------------------------------------------------------
case(id="f004", contract=K, lang="fr", verdict="revision", deliverable="scene", state={"centres-table": 2, "scene": 0},
     note="La directrice générale trouve la section d'arche trop chargée côté écran et demande de l'alléger et de remonter le corail : des retouches sur l'arche, avec le tour inclus encore disponible.",
     msg=Msg("f004", HELENE, [CLEMENCE], (2027, 5, 25, 19, 47, 33), "Re: Maquette de l'arche", """\
Bonsoir Clémence,

Merci pour les photos, c'est très beau. Deux choses quand même : côté écran, l'arche paraît trop chargée, on a l'impression qu'elle mange la moitié de l'image. Pouvez-vous l'alléger de ce côté-là, quitte à laisser plus de vide ?

Et le corail est trop bas, on le voit à peine depuis le fond de la salle : je le remonterais vers le haut de l'arche.

Bonne soirée,
Hélène Ferraud""", cc=[SANDRINE], quote=Q_ARCHE, bom=True))

# f005 -------------------------------------------------------------------------
case(id="f005", contract=K, lang="fr", verdict="revision_over_limit", deliverable="centres-table",
     state={"centres-table": 2, "scene": 0},
     note="Après la troisième version du centre témoin, annoncée comme validée, Julien demande encore d'ajouter du blanc et de remplacer la sauge : une troisième série de retouches alors que les deux prévues sont utilisées.",
     msg=Msg("f005", JULIEN, [CLEMENCE], (2027, 5, 19, 8, 51, 7), "Re: Centre témoin n°2", """\
Bonjour Clémence,

Désolé de revenir encore vers toi là-dessus... Hélène a montré la photo au comité hier soir, et ils trouvent que le blanc se perd un peu : est-ce qu'on pourrait passer à moitié renoncules blanches, moitié pêche ? Et remplacer la sauge par de l'olivier, qui se tient mieux quand il fait chaud ?

Je sais que tu voulais passer commande lundi, dis-moi si c'est encore jouable.

Merci beaucoup,
Julien""", cc=[SANDRINE], quote=Q_TEMOIN_3))

# f006 -------------------------------------------------------------------------
case(id="f006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="bouquets",
     state={"centres-table": 2, "scene": 1},
     note="Sandrine demande de changer l'emballage, le ruban et une fleur du bouquet modèle des intervenants, livrable sans aucun tour de retouches : hors limite dès la première demande.",
     msg=Msg("f006", SANDRINE, [CLEMENCE], (2027, 5, 28, 14, 33, 58), "RE: Bouquet modèle des intervenants", """\
Bonjour Clémence,

Le bouquet est très joli, merci. Quelques ajustements avant que vous ne lanciez les douze :

- le kraft fait un peu « marché » pour des intervenants de ce niveau ; pourriez-vous passer à un papier de soie blanc ?
- le ruban sauge se confond avec le feuillage : le corail ressortirait mieux, avec notre logo si c'est possible (je peux vous faire envoyer un rouleau de ruban imprimé) ;
- et remplacer les lisianthus par des roses blanches.

Bien cordialement,
Sandrine""", quote=Q_BOUQUET))

# f007 -------------------------------------------------------------------------
case(id="f007", contract=K, lang="fr", verdict="out_of_scope", state={"centres-table": 1},
     note="Julien demande de s'occuper aussi des petites lumières en verre et des chemins de table en lin pour le dîner : de la décoration non florale, que le contrat exclut, formulée sans ses mots-clés.",
     msg=Msg("f007", JULIEN, [CLEMENCE], (2027, 5, 4, 16, 12, 30), "Ambiance des tables", """\
Salut Clémence,

On a fait le point hier sur l'ambiance du dîner avec Sandrine. Tes centres de table vont être magnifiques, mais les tables paraissent un peu nues sur les plans.

Est-ce que tu pourrais aussi t'occuper de l'ambiance lumineuse ? On pensait à trois ou quatre petits pots en verre avec une flamme autour de chaque centre, et à des chemins de table en lin naturel, dans le vert sauge si ça existe. Vu que tu es déjà sur place pour l'installation, ce serait le plus simple pour tout le monde.

Dis-moi ce que tu en penses !

Julien"""))

# f008 -------------------------------------------------------------------------
case(id="f008", contract=K, lang="fr", verdict="out_of_scope", deliverable="centres-table", state={"centres-table": 2},
     note="Le dîner passe à 34 tables et Sandrine demande quatre centres de table de plus que les 30 prévus : plus d'unités que vendues, hors périmètre (tarif : centre de table supplémentaire).",
     msg=Msg("f008", SANDRINE, [CLEMENCE], (2027, 5, 31, 17, 5, 44), "Convention : 34 tables finalement", """\
Bonjour Clémence,

Bonne nouvelle pour nous : les inscriptions ont explosé la semaine dernière et nous serons 272 au dîner. Le Domaine a pu ajouter quatre tables rondes, ce qui fait 34 au total.

Il nous faudrait donc quatre centres de table de plus, identiques aux autres bien sûr. Le plan de salle mis à jour est joint ; les tables 31 à 34 sont le long de la baie vitrée.

L'horaire d'installation ne change pas (accès à la salle à partir de 10 h le 17).

Bien cordialement,
Sandrine""", attachments=[Attachment("Plan_de_salle_v3_34_tables.png", "image/png", att.png(12, 12, (140, 168, 140)))]))

# f009 -------------------------------------------------------------------------
case(id="f009", contract=K, lang="fr", verdict="out_of_scope", state={"centres-table": 2, "scene": 1},
     note="Après la soirée, Hélène remercie puis demande un bouquet pour l'accueil du siège tous les lundis à partir de septembre : un fleurissement régulier des locaux, exclu du contrat.",
     msg=Msg("f009", HELENE, [CLEMENCE], (2027, 6, 19, 10, 22, 5), "Merci !", """\
Bonjour Clémence,

Je voulais vous remercier personnellement : tout le monde m'a parlé des fleurs, et l'arche était magnifique sur les photos de la plénière. Plusieurs intervenants sont repartis avec leur bouquet sous le bras jusqu'au TGV.

Du coup, une idée : est-ce que vous pourriez nous faire un joli bouquet pour l'accueil du siège, quai Perrache, tous les lundis à partir de septembre ? Rien d'aussi grand que l'arche, bien sûr. Voyez avec Sandrine pour les détails.

Encore bravo,
Hélène"""))

# f010 -------------------------------------------------------------------------
case(id="f010", contract=K, lang="en", verdict="unclear", deliverable="scene", state={"centres-table": 2, "scene": 1},
     note="Laura asks for flowers on the terrace for the cocktail hour \"perhaps\" by moving the hall piece outside: either relocating the contracted hall composition (in scope) or new terrace arrangements (out of scope).",
     msg=Msg("f010", LAURA, [CLEMENCE], (2027, 6, 2, 11, 40, 18), "Terrace for the cocktail", """\
Dear Clémence,

I'm Laura, chief of staff to our group CEO, who will be flying in from London for the Soléane convention. Sandrine kindly copied me on your sketches, which are lovely.

Our CEO will host the cocktail hour on the terrace between the plenary and dinner, about 150 guests, and she'd like it to feel as special as the inside. Could we have flowers out there too? Perhaps the big piece from the entrance hall could go outside once the plenary has started, but I'll leave that to your judgement.

Many thanks,
Laura""", cc=[SANDRINE]))

# f011 -------------------------------------------------------------------------
case(id="f011", contract=K, lang="fr", verdict="not_a_request", state={"centres-table": 2, "scene": 1},
     note="Julien propose un créneau pour la visite technique au Domaine et donne les infos de stationnement : de la logistique de rendez-vous, aucune demande de travail même si l'arche et les tables sont nommées.",
     msg=Msg("f011", JULIEN, [CLEMENCE], (2027, 6, 1, 9, 37, 22), "Visite technique au Domaine", """\
Bonjour Clémence,

Le régisseur du Domaine propose la visite technique le jeudi 3 juin à 10 h. On regardera ensemble l'emplacement de l'arche, le passage pour les chariots et le point d'eau le plus proche des tables.

Pour te garer, prends l'entrée de service route de Limas, le portail sera ouvert. Dis-moi si l'horaire te convient, sinon il a aussi un créneau le vendredi 4 à 14 h.

À jeudi j'espère,
Julien"""))

# f012 -------------------------------------------------------------------------
case(id="f012", contract=K, lang="fr", verdict="not_a_request", state={"centres-table": 1},
     note="Avis automatique de paiement de l'acompte par la comptabilité, qui nomme les centres de table et l'arche sans demander aucun travail.",
     msg=Msg("f012", COMPTA_SOL, [CLEMENCE], (2027, 4, 30, 6, 15, 0), "Avis de virement - Soléane Cosmétiques SAS", """\
Bonjour,

Nous vous informons qu'un virement a été émis en votre faveur.

Fournisseur : Atelier Pivoine & Lin
Date d'émission : 30/04/2027
Montant : 1 944,00 EUR
Référence : VIR-SOL-2027-04-1187
Objet : facture PL-2027-018, acompte de 30 % (centres de table, arche de scène, composition d'accueil et bouquets, convention du 17/06/2027)

Les fonds seront disponibles sous 48 heures ouvrées selon votre banque.

Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question : comptabilite.fournisseurs@soleane.fr

Soléane Cosmétiques SAS - Service comptabilité""", extra_headers=["X-Mailer: Sage XRT notifications", "Auto-Submitted: auto-generated"]))
