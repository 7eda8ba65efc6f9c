"""Contract HB: Margot Delaunay x Les Cuisines de l'Ouche (dessinatrice-projeteuse DAO/CAO : plans
d'implantation, vues 3D photoréalistes et plans techniques de pose de six projets de cuisine pour un
cuisiniste dijonnais ; contrat en français, EUR ; la conceptrice-vendeuse, anglaise, écrit en anglais)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "delaunay-ouche-cao"

Q_IMPL = Quote(MARGOT, (2028, 1, 21, 16, 40, 22), to=[EMMA, THIERRY], subject="Implantations des six projets",
               body="""\
Bonjour Emma, bonjour Thierry,

Les six propositions d'implantation sont dans le dossier partagé (Perrin, Aubertin, Gaillard, Lambert, Nguyen, Rochette) : pour chacune, la vue en plan cotée et les élévations des murs équipés, en DWG 2018 et en PDF.

Pour Rochette, j'ai travaillé avec les cotes de fenêtre que Kévin m'a envoyées mardi.

Comme prévu, deux tours de modifications sont compris : regroupez vos remarques sur les six projets dans un seul message par tour.

Bonne fin de semaine,
Margot""")

Q_IMPL_V2 = Quote(MARGOT, (2028, 1, 28, 18, 3, 51), to=[EMMA], cc=[THIERRY], subject="Implantations : version 2",
                  body="""\
Bonjour Emma,

Voici la version 2 des implantations avec vos remarques : lave-vaisselle à gauche de l'évier et débord d'îlot à 30 cm chez les Perrin, lave-linge et tiroirs inversés chez Mme Aubertin, frigo dans la colonne côté fenêtre chez les Gaillard, plaque de 90 chez les Nguyen.

C'était le premier des deux tours de modifications ; il en reste un sur les implantations.

Margot""")

Q_RENDUS = Quote(MARGOT, (2028, 2, 11, 12, 15, 9), to=[THIERRY], cc=[EMMA], subject="Vues 3D des six projets",
                 body="""\
Bonjour Thierry,

Les douze vues 3D sont prêtes, deux par projet, en JPEG haute définition dans le dossier partagé, avec une planche PDF par client pour les rendez-vous.

Un tour de retouches est compris sur l'ensemble des vues : notez tout lundi pendant notre séance et envoyez-moi une seule liste.

Margot""")

Q_RENDUS_V2 = Quote(MARGOT, (2028, 2, 16, 17, 48, 33), to=[THIERRY], cc=[EMMA], subject="Vues 3D : version finale",
                    body="""\
Bonjour Thierry,

Voici les douze vues avec vos retouches : crédence mate et lumière de fin d'après-midi chez les Perrin, tabourets chez les Gaillard, hotte noire chez les Nguyen, caméra reculée sur la deuxième vue Lambert.

C'était le tour de retouches compris au contrat ; ce sont donc les vues définitives pour les rendez-vous de signature.

Margot""")

Q_POSE_PERRIN = Quote(MARGOT, (2028, 3, 1, 19, 2, 40), to=[KEVIN], cc=[THIERRY], subject="Plan de pose Perrin",
                      body="""\
Salut Kévin,

Voici le plan de pose des Perrin, en DWG et en PDF A3 comme tu me l'as demandé. Les cotes de perçage partent du sol fini, avec 12 mm de carrelage compté.

Je te rappelle que les plans de pose sont livrés sans tour de modification : ils sont faits d'après l'implantation validée par le client.

Margot""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hb001 ------------------------------------------------------------------------
case(id="hb001", contract=K, lang="fr", verdict="in_scope", deliverable="implantations", state={},
     note="Le gérant envoie les relevés de son poseur et les souhaits des clients pour les six projets prévus, puis demande la version de DWG attendue et la date des implantations : des éléments fournis et des questions sur un livrable du contrat. Les mots « relevés », « séjour », « lave-linge » et « fournisseur » sont du contexte : personne ne demande de prendre les cotes, de dessiner une autre pièce ni de passer commande.",
     msg=Msg("hb001", THIERRY, [MARGOT], (2028, 1, 10, 8, 52, 14), "Six projets : relevés et souhaits des clients", """\
Bonjour Margot,

Comme convenu mercredi à la signature, voici de quoi démarrer les six projets.

Vous trouverez en pièces jointes les relevés de Kévin (croquis cotés et photos) et, pour chaque cuisine, les souhaits du client avec les références retenues en magasin :
- Perrin (Fontaine-lès-Dijon) : cuisine en L avec îlot, façades Alba chêne fil, plan de travail en quartz ;
- Aubertin (centre-ville) : petite cuisine en I de 2,90 m où tout doit tenir, y compris le lave-linge ;
- Gaillard (Chenôve) : grande cuisine ouverte sur le séjour, avec un îlot et un coin repas ;
- Lambert, Nguyen et Rochette : Emma termine les fiches ce soir, vous les aurez demain matin.

Deux questions. Vous travaillez sur quelle version d'AutoCAD ? Notre fournisseur de plans de travail ne lit pas au-delà du DWG 2018. Et pour quand pensez-vous pouvoir nous envoyer les implantations ? Nos premiers rendez-vous clients sont la semaine du 24.

Chez les Rochette, Kévin n'a pas encore pu relever la fenêtre, il y retourne cette semaine.

Cordialement,""", attachments=[Attachment("releve_perrin.jpg", "image/jpeg", att.JPEG),
                                      Attachment("releve_aubertin.jpg", "image/jpeg", att.JPEG)]))

# hb002 ------------------------------------------------------------------------
case(id="hb002", contract=K, lang="fr", verdict="out_of_scope", state={},
     note="Le chef poseur, bloqué sur un autre chantier, demande à la dessinatrice d'aller chez la cliente relever elle-même la fenêtre, le coffre de volet et l'évacuation : la prise de cotes sur place est explicitement exclue du contrat (les relevés sont faits par le cuisiniste). La demande est formulée sans le mot « métré » ni « relevé ».",
     msg=Msg("hb002", KEVIN, [MARGOT], (2028, 1, 14, 18, 21, 36), "Chez les Rochette", """\
Salut Margot,

Pour les Rochette, je n'arrive pas à y retourner : je suis coincé sur un chantier à Beaune jusqu'à vendredi prochain et Thierry ne veut pas qu'on décale. Il me manque la fenêtre (hauteur d'allège et largeur), le coffre du volet roulant et la position exacte de l'évacuation sous l'évier.

Comme t'es à Talant toi aussi, tu pourrais passer chez eux mesurer tout ça ? Mme Rochette est là tous les matins, je lui ai dit que quelqu'un viendrait. Son numéro : 06 62 18 47 30.

Merci, je te revaudrai ça
Kévin"""))

# hb003 ------------------------------------------------------------------------
case(id="hb003", contract=K, lang="en", verdict="revision", deliverable="implantations", state={"implantations": 0},
     note="The kitchen designer sends, in one list as the contract asks, the comments on the six delivered layouts (dishwasher and island overhang for the Perrins, washing machine for Mrs Aubertin, fridge position for the Gaillards, hob width for the Nguyens): the first of the two rounds included on the implantations. The quoted history is in French.",
     msg=Msg("hb003", EMMA, [MARGOT], (2028, 1, 24, 11, 37, 2), "Re: Implantations des six projets", """\
Hi Margot,

Thierry and I went through all six this morning, and here are our comments in one list, as you asked. Sorry, English is just quicker for me when it gets technical!

Perrin: Mrs Perrin is left-handed, so could the dishwasher go to the left of the sink? And the island overhang needs to be 30 cm rather than 20, they want proper stools there.
Aubertin: the washing machine can't stay where it is, the plumber says the waste pipe comes in on the other wall. Can you swap it with the 60 cm drawer unit by the sink?
Gaillard: let's try the fridge in the tall bank by the window instead of next to the larder, so the island doesn't block the way through to the garden.
Nguyen: they've gone for the 90 cm induction hob, not the 80.
Lambert and Rochette are perfect as they are.

Could we have the new versions by the end of the week? The Perrins are in on Friday at 5.

Thanks a lot,
Emma""", quote=Q_IMPL, cc=[THIERRY]))

# hb004 ------------------------------------------------------------------------
case(id="hb004", contract=K, lang="fr", verdict="out_of_scope", state={"implantations": 1},
     note="Le gérant demande de dessiner, en plus de la cuisine de Mme Aubertin, le réduit qu'elle veut transformer en lingerie et le grand meuble de son entrée : d'autres pièces que la cuisine, exclues du contrat. Le déplacement du lave-linge qui en découle dans la cuisine serait au plus une modification ; la demande la plus sérieuse l'emporte.",
     msg=Msg("hb004", THIERRY, [MARGOT], (2028, 1, 27, 14, 9, 45), "Projet Aubertin : elle en veut plus !", """\
Bonjour Margot,

Mme Aubertin est repassée au magasin hier. Elle est ravie de sa cuisine, au point qu'elle en veut davantage : le petit réduit derrière la cuisine, elle voudrait le transformer en lingerie, avec le lave-linge (ce qui libérerait la place sous l'évier), un sèche-linge par-dessus, un évier de service et des rangements jusqu'au plafond. Et elle aimerait aussi le grand meuble de l'entrée, dans les mêmes façades, pour que tout se réponde.

Pourriez-vous nous dessiner ces deux espaces comme pour la cuisine, plan et élévations ? Nous pourrions ainsi lui faire une proposition d'ensemble avant les vacances de février.

Cordialement,"""))

# hb005 ------------------------------------------------------------------------
case(id="hb005", contract=K, lang="en", verdict="unclear", deliverable="implantations", state={"implantations": 1},
     note="The kitchen designer says the Gaillards cannot read their plan and asks whether Margot could do 'something' so it speaks to them more. Readings: making the delivered plan easier to read (colours, furniture, the window and the seats labelled) in the round left on the implantations (revision); the two contracted 3D views of their project, due anyway before the 25 February (in_scope); or an extra visual beyond the two views sold per project (out_of_scope). What she wants has to be asked.",
     msg=Msg("hb005", EMMA, [MARGOT], (2028, 2, 2, 9, 58, 17), "Re: Implantations : version 2", """\
Hi Margot,

Thanks for version 2, all our points are in.

A question about the Gaillards, though. I showed them their plan on Saturday and could see they were completely lost: he kept turning the page round to work out where the window was, and she asked me twice which side of the island they'd sit on. They're lovely people, they just don't read plans.

Is there anything you could do so that it speaks to them a bit more? They sign on the 18th and I'd like them to go into it feeling sure.

Emma""", quote=Q_IMPL_V2))

# hb006 ------------------------------------------------------------------------
case(id="hb006", contract=K, lang="en", verdict="not_a_request", state={"implantations": 1},
     note="The kitchen designer proposes a slot (Monday 14th at the showroom, or Tuesday morning on Teams) for going through the 3D views together before the signing appointments: meeting logistics with the provider, no work asked for.",
     msg=Msg("hb006", EMMA, [MARGOT], (2028, 2, 4, 16, 24, 50), "Going through the 3D views together", """\
Hi Margot,

Thierry would like the three of us to sit down with the 3D views before the signing appointments start, so that he and I can both answer the clients' questions about them. Would Monday the 14th at 2 pm at the showroom suit you? If not, Tuesday morning on Teams works too, any time before 11.

You can park behind the shop now, the builders have finally gone.

Emma""", cc=[THIERRY]))

# hb007 ------------------------------------------------------------------------
case(id="hb007", contract=K, lang="fr", verdict="revision", deliverable="rendus", state={"implantations": 2, "rendus": 0},
     note="Après la séance de présentation, le gérant envoie en une liste ses retouches sur les vues 3D livrées (crédence trop brillante et lumière chez les Perrin, tabourets chez les Gaillard, hotte noire chez les Nguyen, cadrage chez les Lambert) : le tour de retouches inclus sur les vues, encore inutilisé.",
     msg=Msg("hb007", THIERRY, [MARGOT], (2028, 2, 15, 8, 31, 28), "RE: Vues 3D des six projets", """\
Bonjour Margot,

Merci pour la séance d'hier, Emma et moi avons maintenant les douze vues bien en tête. Voici nos retouches, regroupées comme convenu :

- Perrin : la crédence ressort beaucoup trop brillante, on dirait du plastique ; il la faudrait plus mate. Et plutôt une lumière de fin d'après-midi que ce plein soleil de midi.
- Gaillard : mettre les trois tabourets hauts côté repas de l'îlot, sinon on ne comprend pas que c'est un coin repas.
- Nguyen : la hotte est en inox sur les images, alors qu'ils ont choisi le modèle noir.
- Lambert : sur la deuxième vue, le cadrage coupe le four, est-il possible de reculer un peu ?

Les autres vues sont parfaites.

Cordialement,""", quote=Q_RENDUS, cc=[EMMA]))

# hb008 ------------------------------------------------------------------------
case(id="hb008", contract=K, lang="en", verdict="revision_over_limit", deliverable="rendus", state={"implantations": 2, "rendus": 1},
     note="After the retouched views were delivered as final, with the one included round used, the kitchen designer asks for Mrs Aubertin's two views to be redone with grey fronts and brass handles because the client changed her mind: a second round of changes on the 3D views, which include one. The quoted history is in French.",
     msg=Msg("hb008", EMMA, [MARGOT], (2028, 2, 17, 12, 6, 31), "Re: Vues 3D : version finale", """\
Hi Margot,

Slightly embarrassing one. Mrs Aubertin came in this morning to sign and changed her mind at the very last minute: she's going for the Nordic grey fronts instead of the white gloss, with the brushed brass handles from the Milano range. She signed anyway, but she'd love to see her kitchen "for real" before the order goes in.

Could you redo her two pictures with the grey and the brass? I know Thierry said they were final.

Thanks, and sorry!
Emma""", quote=Q_RENDUS_V2))

# hb009 ------------------------------------------------------------------------
case(id="hb009", contract=K, lang="fr", verdict="out_of_scope", deliverable="rendus", state={"implantations": 2, "rendus": 2},
     note="Le gérant demande pour les Gaillard deux images de plus (une vue plongeante depuis la mezzanine, une vue de nuit) alors que leurs deux vues sont livrées : le contrat vend deux vues par projet, douze en tout, c'est donc plus d'unités que vendu. L'envoi du DWG de l'implantation validée, demandé au passage, est prévu (in_scope) ; la demande la plus sérieuse l'emporte. La commande des plans de travail est du contexte.",
     msg=Msg("hb009", THIERRY, [MARGOT], (2028, 2, 21, 10, 44, 3), "Gaillard : c'est signé !", """\
Bonjour Margot,

Bonne nouvelle : les Gaillard ont signé vendredi, et vos images y sont pour beaucoup.

Ils nous en demandent maintenant deux autres pour les montrer à la famille : une vue plongeante depuis la mezzanine, d'où l'on voit tout l'îlot, et une vue de nuit avec les bandeaux LED allumés sous les meubles hauts. Pourriez-vous nous les préparer d'ici la fin de la semaine ?

Au passage, merci de m'envoyer le DWG de leur implantation validée, j'en ai besoin pour la commande des plans de travail.

Cordialement,"""))

# hb010 ------------------------------------------------------------------------
case(id="hb010", contract=K, lang="fr", verdict="in_scope", deliverable="plans-pose", state={"implantations": 2, "rendus": 2},
     note="Le chef poseur pose deux questions sur le plan de pose des Perrin avant qu'il soit fait (référence des cotes de perçage, un PDF A3 en plus du DWG) et demande s'il peut l'avoir la semaine avant la pose du 13 mars : des questions et une date compatible avec le contrat (échéance au 31 mars) sur un livrable prévu.",
     msg=Msg("hb010", KEVIN, [MARGOT], (2028, 2, 24, 7, 12, 58), "Plans de pose", """\
Salut Margot,

Deux questions pour les plans de pose, avant que tu t'y mettes :
- chez les Perrin, tu cotes les perçages depuis le sol fini ou depuis la chape ? Le carreleur ne passe que la semaine du 6, donc pour l'instant il n'y a que la chape.
- tu peux me les faire en PDF A3 en plus du DWG ? Sur le chantier je n'ai que la tablette.

On pose chez les Perrin le lundi 13 mars, l'idéal serait que j'aie le plan la semaine d'avant. C'est jouable ?

Kévin"""))

# hb011 ------------------------------------------------------------------------
case(id="hb011", contract=K, lang="fr", verdict="revision_over_limit", deliverable="plans-pose", state={"implantations": 2, "rendus": 2, "plans-pose": 0},
     note="Le chef poseur demande de mettre à jour le plan de pose livré des Perrin parce que la cliente a pris un réfrigérateur américain (prise, arrivée d'eau, évacuation descendue de 15 cm) : un changement sur un plan de pose, vendu sans tour de modification, donc au-delà de la limite dès la première demande. Ce n'est pas une erreur de la dessinatrice à corriger.",
     msg=Msg("hb011", KEVIN, [MARGOT], (2028, 3, 3, 17, 55, 12), "Re: Plan de pose Perrin", """\
Salut Margot,

Merci pour le plan, nickel sur la tablette.

Par contre, changement de dernière minute : Mme Perrin a finalement pris un frigo américain avec distributeur d'eau. Il faut donc une prise 16 A et une arrivée d'eau avec vanne derrière la colonne frigo, et le plombier veut descendre l'évacuation de l'évier de 15 cm pour passer sous le nouveau tuyau. Tu peux me mettre tout ça sur le plan avant lundi ? Sinon je vais me planter sur le chantier.

Kévin""", quote=Q_POSE_PERRIN))

# hb012 ------------------------------------------------------------------------
case(id="hb012", contract=K, lang="fr", verdict="not_a_request", state={"implantations": 2, "rendus": 2, "plans-pose": 1},
     note="Avis de virement automatique du logiciel de comptabilité du cuisiniste pour l'acompte sur les implantations et les vues 3D : il nomme des livrables mais ne demande aucun travail.",
     msg=Msg("hb012", COMPTA, [MARGOT], (2028, 3, 9, 6, 30, 0), "Avis de virement - facture MD-2028-007", """\
Bonjour,

Nous vous informons qu'un virement a été émis en votre faveur :

Bénéficiaire : Margot Delaunay
Facture : MD-2028-007 du 26/02/2028
Objet : implantations et vues 3D, six projets - acompte de 50 %
Montant : 3 210,00 €
Date de valeur : 10/03/2028

Ce message est envoyé automatiquement par notre logiciel de comptabilité, merci de ne pas y répondre. Pour toute question : thierry.bonnard@cuisines-ouche.fr
Les Cuisines de l'Ouche SARL - 47 avenue du Drapeau, 21000 Dijon""",
             sig="", charset="windows-1252", cte="8bit",
             extra_headers=["Auto-Submitted: auto-generated", "X-Mailer: EBP Compta Pro 2028"]))
