"""Contract HB: Zélie Cardon x Brasserie du Gué (peintre muraliste : trois esquisses, la fresque du
pignon est et l'ardoise peinte du taproom d'une brasserie artisanale de Rezé ; contrat en français,
EUR ; le cofondateur irlandais, maître brasseur, écrit en anglais)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "cardon-gue-fresque"

LOUEUR = Person("Atlantique Levage - Agence de Rezé", "reze@atlantique-levage.fr", "outlook", "fr", PAR)

Q_PISTES = Quote(ZELIE, (2027, 4, 16, 10, 12, 40), to=[MAELLE], cc=[RORY, INES], subject="Les trois pistes pour le pignon",
                 body="""\
Bonjour Maëlle, bonjour Rory, bonjour Inès,

Merci pour l'accueil d'hier soir (et pour la saison, vraiment bonne). Comme promis, voici les trois pistes en PDF, avec chacune son report sur la photo du mur :

1. « Le gué aux hérons » : la vasière à marée basse, trois hérons, des tons gris et ocre.
2. « La gabare » : une gabare à voile carrée qui remonte la Sèvre, le héron sur la berge, une guirlande de houblon en bordure.
3. « Houblonnière » : un motif plus graphique, des lianes de houblon qui montent jusqu'à la gouttière.

Choisissez-en une et envoyez-moi vos remarques en un seul message : deux tours de retouches sont prévus sur la piste retenue.

À bientôt,
Zélie""")

Q_ESQ_FINALE = Quote(ZELIE, (2027, 5, 3, 17, 31, 5), to=[MAELLE], cc=[RORY], subject="La gabare : version finale",
                     body="""\
Bonjour Maëlle,

Voici la version 3 de « La gabare », avec les retours de votre deuxième tour : le ciel de fin de journée, la voile plus rouge, le héron en vol au premier plan, la guirlande de houblon autour de la fenêtre du bureau.

C'était le deuxième et dernier tour compris dans le devis. Je prépare maintenant le nuancier et le report à l'échelle, pour attaquer le mur le 31 mai.

Zélie""")

Q_RECEPTION = Quote(ZELIE, (2027, 6, 18, 20, 15, 0), to=[MAELLE], cc=[RORY, INES], subject="Fresque terminée !",
                    body="""\
Bonsoir à tous,

Dernier coup de pinceau posé ce soir, la fresque est terminée, un jour avant la fête !

On fait la visite de réception demain à 10 h, avant que les invités arrivent. Regardez tout, de près et depuis le quai : une passe de retouches est comprise, donc notez tout ce qui vous gêne et envoyez-moi la liste complète.

Zélie""")

Q_ARDOISE = Quote(ZELIE, (2027, 6, 22, 18, 40, 27), to=[INES], cc=[MAELLE], subject="L'ardoise du taproom",
                  body="""\
Coucou Inès,

L'ardoise est finie et fixée : les dix bières, les degrés, les prix, et le petit héron qui pêche dans le coin de la Gabare.

Comme prévu au devis, l'ardoise n'a pas de tour de modification. Si la carte change un jour, je peux repasser la mettre à jour au tarif prévu.

Zélie""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="fr", verdict="in_scope", deliverable="esquisses", state={},
     note="La gérante envoie la matière pour les esquisses prévues (photos et cotes du pignon, fenêtre à contourner, thèmes souhaités) et demande si la présentation des trois esquisses est bien prévue mi-avril : des éléments fournis et une question de calendrier sur un livrable du contrat. Le nettoyage et l'enduit confiés au façadier sont du contexte, pas une demande de préparation du support.",
     msg=Msg("hb001", MAELLE, [ZELIE], (2027, 3, 22, 11, 4, 36), "Fresque du pignon : photos du mur et nos idées", """\
Bonjour Zélie,

Comme promis lors de votre visite, voici de quoi démarrer :

– trois photos du pignon est prises ce matin (en pièces jointes), dont une depuis le quai, d'où on le verra le plus ;
– les cotes relevées par notre façadier : 12,10 m de large, 7,40 m sous la gouttière, avec la fenêtre du bureau en haut à gauche (1,20 × 1 m) qu'il faudra contourner ;
– son planning : nettoyage et enduit terminés le 20 mai, le mur sera donc sec et prêt bien avant le 31.

Côté thèmes, voici ce qui revient quand on en parle entre nous : la Sèvre et la Loire qui se rejoignent juste en face, les gabares qui transportaient le vin, le héron qu'on voit tous les matins sur la vasière, et bien sûr le houblon. Pas besoin que le nom de la brasserie apparaisse en grand, tout le monde sait où on est.

Pour la présentation des trois esquisses, vous visez toujours la mi-avril ? Rory aimerait être là, il rentre de Dublin le 12.

Bien cordialement,""", attachments=[Attachment("pignon_est_quai.jpg", "image/jpeg", att.JPEG),
                                      Attachment("pignon_est_face.jpg", "image/jpeg", att.JPEG)]))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="en", verdict="not_a_request", state={},
     note="The head brewer proposes two slots for the presentation of the sketches at the brewery and invites the painter to taste the new saison: meeting logistics with the provider, no work asked for.",
     msg=Msg("hb002", RORY, [ZELIE], (2027, 4, 8, 19, 22, 3), "Sketch presentation", """\
Hi Zélie,

Maëlle tells me the sketches are nearly there, brilliant. For the presentation, would Thursday the 15th at 6 pm at the brewery suit you? We'd close the taproom an hour early so we can spread everything out on the big table. Failing that, Saturday the 17th in the morning works for both of us.

The first keg of our spring saison will be on by then, so you'll have to stay for one.

Cheers,
Rory""", cc=[MAELLE]))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="fr", verdict="revision", deliverable="esquisses", state={"esquisses": 0},
     note="La gérante retient la piste 2 parmi les trois esquisses et envoie dans le même message ses demandes de changement (héron plus grand, couleurs du fleuve, pont supprimé, houblon autour de la fenêtre) : le choix est prévu, les changements font le premier des deux tours inclus sur les esquisses ; la demande la plus sérieuse l'emporte.",
     msg=Msg("hb003", MAELLE, [ZELIE], (2027, 4, 19, 9, 37, 50), "RE: Les trois pistes pour le pignon", """\
Bonjour Zélie,

Encore merci pour jeudi, on n'a parlé que de ça tout le week-end. Après en avoir discuté à quatre, avec Rory, Inès et notre associé, on part sur la piste 2, la gabare.

Nos remarques, toutes réunies ici :
– le héron est trop discret sur la berge : on le voudrait plus grand, presque au premier plan, en train de s'envoler ;
– le bleu canard du fleuve tire vers le vert piscine, on préférerait les gris-verts de la Loire un jour de pluie ;
– le pont à droite alourdit l'ensemble, on peut l'enlever ;
– la guirlande de houblon pourrait descendre le long de la fenêtre du bureau pour l'encadrer.

Pour le reste on ne touche à rien, c'est exactement ça.

Bien à vous,""", quote=Q_PISTES, cc=[RORY]))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="en", verdict="revision_over_limit", deliverable="esquisses", state={"esquisses": 2},
     note="After the painter sent version 3 of the chosen sketch and wrote that the second and last included round was used, the head brewer asks for the river to flow the other way, a morning sky with mist instead of the sunset and a lighter sail: a third round of changes on the sketches, which include two. The quoted history is in French.",
     msg=Msg("hb004", RORY, [ZELIE], (2027, 5, 6, 22, 48, 19), "Re: La gabare : version finale", """\
Hi Zélie,

Sorry. I know Maëlle signed this off on Monday, and I've read what you said about the last round. But I've had the print pinned up in the brewhouse all week and two things keep bugging me:

1. The river flows left to right, away from the taproom door. I'd love it to run the other way, so it sort of leads people in.
2. The sky. The sunset is gorgeous, but it makes the whole wall feel like the end of something. Could it be early morning instead, with a bit of mist lying on the water?

And while we're at it, the sail could be a shade lighter so the heron stands out against it.

Would that be doable before you start on the 31st?

Rory""", quote=Q_ESQ_FINALE, sig=""))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="fr", verdict="out_of_scope", state={"esquisses": 3},
     note="Le façadier ne viendra pas à temps : la gérante demande à la peintre de nettoyer le mur au nettoyeur haute pression, de reboucher les fissures et de passer la sous-couche. La préparation du support est explicitement exclue du contrat (le mur doit être livré prêt à peindre).",
     msg=Msg("hb005", MAELLE, [ZELIE], (2027, 5, 12, 8, 15, 9), "Mur pas prêt : un coup de main ?", """\
Bonjour Zélie,

Mauvaise nouvelle : notre façadier vient de nous annoncer qu'il ne pourra pas intervenir avant fin juin, il a un chantier qui a pris du retard à Saint-Nazaire. Le mur est donc toujours dans son état actuel, avec la mousse en bas et les deux fissures au-dessus de la porte de livraison.

On ne veut surtout pas décaler la fresque. Est-ce que vous pourriez vous occuper de la préparation vous-même : un bon coup de nettoyeur haute pression, reboucher les fissures et passer la sous-couche, la semaine du 24 mai ? Vous savez mieux que nous ce qu'il faut à ce mur.

Dites-nous ce que ça représenterait."""))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="fr", verdict="in_scope", deliverable="fresque", state={"esquisses": 3},
     note="La responsable du taproom transfère la confirmation de location de la nacelle (adressée à la brasserie) et donne les infos pratiques pour le début du chantier, puis demande si la peintre démarre bien lundi : une question sur le travail prévu et des éléments fournis par la cliente. La nacelle et sa location sont à la charge de la brasserie et déjà réglées ; rien n'est demandé à la peintre à ce sujet.",
     msg=Msg("hb006", INES, [ZELIE], (2027, 5, 28, 16, 2, 47), "Fwd: Confirmation de location - nacelle 12 m", """\
Coucou Zélie !

Tout est calé pour lundi, la confirmation du loueur est en dessous :
– la nacelle arrive à 7h30, les clés seront au bureau ;
– le code du portail côté quai c'est le 4471 ;
– on t'a gardé la place devant la chambre froide pour ta camionnette, et tu peux stocker tes pots dans l'ancienne salle de brassage, elle ferme à clé ;
– le café est pour toi dès le matin, le taproom ouvre à 17h.

Tu confirmes que tu démarres bien lundi matin ? Ils annoncent du beau toute la semaine 🤞

Inès""", quote=Quote(LOUEUR, (2027, 5, 28, 11, 20, 0), to=[MAELLE], forward=True,
                      subject="Confirmation de location - nacelle 12 m", body="""\
Madame,

Nous vous confirmons la location suivante :

Matériel : nacelle ciseaux électrique 12 m
Période : du lundi 31 mai au vendredi 18 juin 2027
Livraison : lundi 31 mai à 7h30, Brasserie du Gué, 3 quai Léon-Sécher, 44400 Rezé
Reprise : vendredi 18 juin à 17h

L'utilisateur doit être titulaire du CACES R486. Le balisage de la zone reste à votre charge.

Cordialement,
Agence Atlantique Levage de Rezé""")))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="en", verdict="out_of_scope", deliverable="fresque", state={"esquisses": 3, "fresque": 0},
     note="While the east gable is being painted, the head brewer asks for the river to continue round the corner onto the north wall for another four or five metres: painted area on a wall the contract does not cover, beyond the 90 m² of the east gable sold, so new work. Having the lift on site does not make it part of the mural.",
     msg=Msg("hb007", RORY, [ZELIE], (2027, 6, 3, 13, 9, 41), "Round the corner?", """\
Hi Zélie,

Every time I walk along the quay I stop and stare. The heron's wing went up yesterday and two lads in a kayak actually clapped.

Here's the thing. The north wall, the stretch that runs from the corner down to the bin store, is bare render and frankly ugly, and it looks even worse now next to yours. What if the river carried on round the corner for another four or five metres? Just the water and a few reeds, nothing fancy, so it wraps the building.

You're up there with the lift anyway. Let me know what you think.

Rory"""))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="fr", verdict="out_of_scope", state={"esquisses": 3, "fresque": 0},
     note="La gérante demande d'adapter le héron de la fresque à l'étiquette de la canette de leur IPA d'été et de le décliner sur les affiches de la fête : reproduction du motif sur des étiquettes et des affiches, explicitement exclue (avec la cession des droits), et nouveau livrable.",
     msg=Msg("hb008", MAELLE, [ZELIE], (2027, 6, 10, 17, 44, 22), "Le héron sur une canette ?", """\
Bonjour Zélie,

Une idée qui nous trotte dans la tête depuis que le héron est sur le mur : on sort une IPA d'été pour la fête du 19, et on aimerait que son étiquette reprenne ton héron en vol au-dessus de l'eau, comme sur la fresque. Il faudrait l'adapter au format de la canette de 44 cl (on t'envoie le gabarit de l'imprimeur) et le décliner pour les affiches de la fête.

Tu pourrais nous faire ça pendant que tu es encore parmi nous ?

Maëlle""", sig=""))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="en", verdict="unclear", deliverable="fresque", state={"esquisses": 3, "fresque": 0},
     note="The new beer garden benches and planters will hide the bottom metre and a half of the mural, where the fish and reflections are, and the head brewer asks the painter to 'do something about the bottom of the wall'. It could be retouching or moving those elements within the mural in the one included retouch pass (revision), or new painted work such as repainting the composition higher or decorating the planters (out of scope). A clarifying question is needed.",
     msg=Msg("hb009", RORY_GMAIL, [ZELIE], (2027, 6, 19, 12, 31, 8), "Re: Fresque terminée !", """\
Hi Zélie,

Quick one before the party kicks off. Now that the garden lads have put the beer garden in, the bottom of the wall is going to be hidden behind the benches and the big planters, roughly the first metre and a half. That's exactly where the fish and the reflections are, and they're some of my favourite bits.

Can we do something about the bottom of the wall so they're not lost? No idea what's possible, you're the artist.

R.""", quote=Q_RECEPTION, cc=[MAELLE]))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="revision", deliverable="fresque", state={"esquisses": 3, "fresque": 0},
     note="Après la visite de réception, la gérante envoie la liste des retouches sur la fresque (reflet qui déborde sur la gouttière, tache claire en bas à gauche, signature plus petite, coulures autour de la fenêtre) : la passe de retouches incluse sur la fresque, encore inutilisée. La nacelle, que la brasserie relouera, n'est que de la logistique.",
     msg=Msg("hb010", MAELLE, [ZELIE], (2027, 6, 21, 10, 26, 14), "RE: Fresque terminée !", """\
Bonjour Zélie,

Quelle fête ! Tout le monde nous a parlé de la fresque, et le maire a demandé qui l'avait peinte.

Comme convenu samedi pendant la visite, voici la liste des retouches, au propre :
1. le reflet du soleil sur l'eau déborde sur la descente de gouttière, il faudrait l'arrêter juste avant ;
2. en bas à gauche, l'eau est plus claire que partout ailleurs, ça fait une tache quand on arrive par le quai ;
3. la signature est un peu grande à notre goût : tu peux la réduire de moitié ?
4. autour de la fenêtre du bureau, il reste quelques coulures blanches.

Tu nous dis quand tu peux repasser ? On relouera la nacelle pour la journée.

Maëlle""", quote=Q_RECEPTION, cc=[RORY], sig=""))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="fr", verdict="revision_over_limit", deliverable="ardoise", state={"esquisses": 3, "fresque": 1, "ardoise": 0},
     note="La responsable du taproom demande de repasser sur l'ardoise livrée pour remplacer une bière en rupture par une autre et changer un prix : une modification de l'ardoise, vendue sans tour de retouches, donc au-delà de la limite dès la première demande (la mise à jour est prévue au tarif, comme le rappelle le message cité).",
     msg=Msg("hb011", INES, [ZELIE], (2027, 6, 24, 15, 12, 55), "Re: L'ardoise du taproom", """\
Zélie, l'ardoise est canon, les clients la prennent en photo !

Par contre, petit souci : la Blanche du Gué est en rupture jusqu'en septembre, on la remplace par la NEIPA « Brume de Sèvre » (6,2 %, 6,50 €). Et Maëlle a décidé de passer la pinte de Gabare à 7 € au lieu de 6,50 €. Tu pourrais repasser corriger ça cette semaine ? Ce serait bête d'afficher une bière qu'on ne sert plus.

Bises
Inès""", quote=Q_ARDOISE))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="fr", verdict="not_a_request", state={"esquisses": 3, "fresque": 1, "ardoise": 1},
     note="Avis de paiement automatique du logiciel de gestion de la brasserie pour le solde de la fresque et de l'ardoise ; il nomme les livrables mais ne demande aucun travail.",
     msg=Msg("hb012", FACTURATION, [ZELIE], (2027, 7, 2, 6, 45, 0), "Avis de paiement - facture ZC-2027-014", """\
Bonjour,

Nous vous informons que le paiement suivant a été programmé :

Bénéficiaire : Zélie Cardon
Facture : ZC-2027-014 du 21/06/2027
Libellé : fresque pignon est + ardoise taproom - solde (40 %)
Montant : 5 160,00 EUR
Mode de règlement : virement SEPA
Date d'exécution prévue : 05/07/2027

Ce message a été généré automatiquement par notre logiciel de gestion, merci de ne pas y répondre.
Brasserie du Gué SAS - 3 quai Léon-Sécher, 44400 Rezé""",
             sig="", charset="iso-8859-1", cte="8bit",
             extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: Gestion Brasserie 4.2"]))
