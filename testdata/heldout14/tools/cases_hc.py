"""Contract HC: Nell Garroway Design x Saltmarsh Theatre Company (theatre set designer: set design and
1:25 model box, technical drawings for the co-producer's workshop and touring ground plans for a play touring
England and northern France; English contract, GBP; the French co-producer's technical director and
production manager write in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "garroway-saltmarsh-scenography"

Q_WHITECARD = Quote(NELL, (2027, 11, 1, 18, 20, 4), to=[IMOGEN], cc=[DEV, YANNICK], subject="White-card model",
                    body="""\
Hi Imogen,

Photos of the 1:25 white-card model are in the shared folder. The tower sits upstage right, the jetty runs down from it to the forestage on a 1:12 rake, and the kitchen is a truck that slides out from under the tower for Act 1.

The design includes two rounds of changes before the painted model, so please send me your notes together, and Dev's and Yannick's if they have any.

Nell""")

Q_PAINTED_FINAL = Quote(NELL, (2027, 12, 9, 17, 3, 26), to=[DEV], cc=[IMOGEN], subject="Painted model: final",
                        body="""\
Hi Dev,

Photos of the painted model with the second round of changes from the model showing are in the folder: back wall in the paler sea-green, brass glazing bars in the lamp room, weathered jetty planks, Ellen's chair moved downstage left.

That was the second of the two rounds included on the design, so this is the version I'm now drawing up for Yannick's workshop.

Nell""")

Q_DRAWINGS = Quote(NELL, (2028, 1, 10, 16, 45, 0), to=[YANNICK], cc=[DEV], subject="Technical drawings",
                   body="""\
Hi Yannick,

The 11 drawing sheets are in the shared folder as DWG and PDF, on your title block: ground plan, two sections, tower elevations and details, jetty framing, kitchen truck, backcloth and batten.

The drawings include one round of corrections, so please send me Franck's questions and changes together.

Nell""")

Q_VENUES = Quote(NELL, (2028, 2, 4, 15, 30, 41), to=[SOLENE_OUTLOOK], cc=[DEV, YANNICK], subject="Touring ground plans",
                 body="""\
Hi Solène,

The six touring ground plans and sections are in the folder, one PDF per venue. Boulogne and Lille use the technical specifications Yannick sent in December.

They were quoted without a revision round, so please have a careful look before they go out to the venues.

Nell""")

NL_TEXT = """\
SALTMARSH NEWS - December 2027

The Lamplighter's Daughters: the model is here!
Last week the cast and crew gathered in the Granary for the model showing. Our designer Nell Garroway unveiled the 1:25 model box: a lighthouse tower, a jetty that tilts towards you, and a cottage kitchen that glides out of the dark. Rehearsals start in January.

On tour in spring 2028
Norwich, Bury St Edmunds, Colchester, Margate, then across the Channel to Boulogne-sur-Mer and Lille, with French surtitles.
Book now: https://saltmarshtheatre.co.uk/lamplighter

Become a Friend of Saltmarsh
From 5 pounds a month, Friends get priority booking and an invitation to an open rehearsal.

Saltmarsh Theatre Company, The Granary, 3 Quayside, Norwich NR3 1RU. Registered charity no. 1172093.
You are receiving this because you signed up on our website. Unsubscribe: https://saltmarshtheatre.co.uk/news/unsubscribe?u=bmVsbEBuZWxsZ2Fycm93YXk"""

NL_HTML = """\
<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Saltmarsh News</title>
<style>body{margin:0;background:#dfe6e1}.wrap{max-width:600px;margin:0 auto;background:#ffffff;font-family:Georgia,serif;color:#21302a}h1{font-size:26px;margin:0 0 12px}.btn{display:inline-block;background:#21302a;color:#fff;padding:10px 20px;text-decoration:none}</style></head>
<body><div class="wrap">
<div style="background:#21302a;padding:18px;text-align:center"><img src="https://saltmarshtheatre.co.uk/email/masthead.png" alt="Saltmarsh News" width="240"></div>
<div style="padding:26px 30px"><h1>The Lamplighter's Daughters: the model is here!</h1>
<p>Last week the cast and crew gathered in the Granary for the model showing. Our designer Nell Garroway unveiled the 1:25 model box: a lighthouse tower, a jetty that tilts towards you, and a cottage kitchen that glides out of the dark. Rehearsals start in January.</p>
<h2>On tour in spring 2028</h2><p>Norwich, Bury St Edmunds, Colchester, Margate, then across the Channel to Boulogne-sur-Mer and Lille, with French surtitles.</p>
<p><a class="btn" href="https://saltmarshtheatre.co.uk/lamplighter">Book now</a></p>
<h2>Become a Friend of Saltmarsh</h2><p>From &pound;5 a month, Friends get priority booking and an invitation to an open rehearsal.</p></div>
<div style="padding:14px 30px;font-size:11px;color:#6b6b6b">Saltmarsh Theatre Company, The Granary, 3 Quayside, Norwich NR3 1RU. Registered charity no. 1172093.<br>You are receiving this because you signed up on our website. <a href="https://saltmarshtheatre.co.uk/news/unsubscribe?u=bmVsbEBuZWxsZ2Fycm93YXk">Unsubscribe</a></div>
</div></body></html>"""

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="en", verdict="in_scope", deliverable="design", state={},
     note="The director sends the starting material for the set design (rehearsal draft, the two locations and the storm transition, a mood board, the workshop's width limit, the tour) and asks when the first sketches might be ready: client input and a timing question on contracted work, with no date asked for.",
     msg=Msg("hc001", IMOGEN, [NELL], (2027, 10, 6, 22, 14, 38), "Lamplighter's Daughters: everything you need to start", """\
Hi Nell,

So glad this is finally happening. Here's the pile:

- The rehearsal draft of the script (attached). Act 1 is the kitchen of the keeper's cottage, Act 2 the lamp room at the top of the tower, and the storm has to carry us from one to the other without a blackout.
- My mood board: https://www.pinterest.co.uk/imogenhale/lamplighter. Orford Ness, Hammershoi interiors, oilskins, a lot of grey-green.
- Yannick says the Estran workshop can build pretty much anything, as long as no single piece is wider than 2.4 m, because of the tour truck.
- The tour is six venues, Norwich to Lille; Dev will send the tech specs.

When do you think we might see first sketches? No rush, I'd just like to plan the read-through around them.

Imogen x""", attachments=[Attachment("Lamplighters_Daughters_rehearsal_draft.docx",
                                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                    att.docx(["THE LAMPLIGHTER'S DAUGHTERS - rehearsal draft, October 2027",
                                              "ACT ONE. The kitchen of the keeper's cottage, Shingle Point, 1953.",
                                              "ELLEN is mending a net. ROSA enters from the yard, soaked.",
                                              "ACT TWO. The lamp room. Night. The storm.",
                                              "The light turns. Each time it passes, we see the sea."]))]))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="fr", verdict="in_scope", deliverable="drawings", state={"design": 2, "drawings": 0},
     note="Le directeur technique du coproducteur transmet les standards de l'atelier pour les dessins techniques (gabarit DWG, sections, longueur maximale, millimètres) et demande de confirmer la remise au 14 janvier prévue au contrat : des éléments fournis et une question de calendrier, sans date avancée. La commande d'acier est faite par l'atelier.",
     msg=Msg("hc002", YANNICK, [NELL], (2027, 12, 15, 11, 3, 27), "Dessins techniques : nos standards d'atelier", """\
Bonjour Nell,

Maintenant que la maquette est arrêtée, voici ce dont Franck, notre chef constructeur, a besoin pour les dessins techniques :

- notre gabarit DWG avec le cartouche de l'Estran, dans le dossier partagé ;
- nos sections standard : praticables de 2000 x 1000, tube acier 40 x 40 et 40 x 20, contreplaqué de 18 mm ;
- aucune pièce de plus de 2,40 m, à cause du camion de tournée ;
- les cotes en millimètres, bien sûr.

Pouvez-vous me confirmer que nous aurons bien les planches pour le 14 janvier, comme prévu ? Franck voudrait lancer la commande d'acier juste après.

Bien à vous,""", cc=[DEV]))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="en", verdict="revision", deliverable="design", state={"design": 0},
     note="The director sends grouped notes on the white-card model (tower to the other side, a steeper jetty, no trapdoor, a less literal marsh, a bigger lamp-room window): the first of the two included rounds on the set design.",
     msg=Msg("hc003", IMOGEN, [NELL], (2027, 11, 4, 8, 55, 12), "Re: White-card model", """\
Nell, it's wonderful. I sat up with the photos and the script last night, moving paper actors about.

Notes, Dev's included:

1. Could the tower swap to upstage left? Rosa's entrance in scene 3 makes far more sense from that side.
2. The jetty: steeper. I want them to have to lean into it. Dev says 1:10 is still safe in boots.
3. Lose the trapdoor in the kitchen floor, we've cut the cellar scene.
4. The marsh grass along the front feels too literal. Could it be suggested, maybe just a line of it?
5. The lamp-room window should be bigger; we need to see Ellen's face through it.

Love, love, love the way the kitchen slides out.

Imogen x""", quote=Q_WHITECARD, cc=[DEV], sig=""))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="fr", verdict="revision", deliverable="drawings", state={"design": 2, "drawings": 0},
     note="Le directeur technique groupe les demandes du chef constructeur sur les planches livrées (ossature du ponton en acier, trappe de visite dans le phare, hauteur du chariot, unités de la toile de fond) : le seul tour de corrections prévu sur les dessins techniques, encore inutilisé.",
     msg=Msg("hc004", YANNICK, [NELL], (2028, 1, 13, 9, 12, 45), "Re: Technical drawings", """\
Bonjour Nell,

Franck a épluché les planches ce week-end. Tout est clair et très propre ; voici nos demandes, en un seul envoi comme vous le souhaitiez :

1. Planche 05, ossature du ponton : nous préférons une ossature en tube acier 40 x 40 plutôt qu'en bois, plus rigide avec la pente. Pouvez-vous redessiner les détails en conséquence ?
2. Planche 03, phare : prévoir une trappe de visite dans le fût, au niveau 2, pour le régisseur qui doit y monter pendant l'orage.
3. Planche 08, chariot cuisine : les roulettes sont dessinées en 100 mm, nous avons du 125 mm en stock ; merci d'adapter la hauteur du plancher.
4. Planche 11 : les cotes de la toile de fond sont en centimètres, le reste en millimètres ; merci d'harmoniser.

Merci beaucoup,""", quote=Q_DRAWINGS, cc=[DEV]))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="revision_over_limit", deliverable="design", state={"design": 2, "drawings": 0},
     note="After the designer delivered the final painted model and said both included rounds on the design were used, the production manager passes on further design changes (sand-and-shingle floor, arched tower door, a stormier back wall, a second kitchen window): a third round on the set design. Acknowledging the two rounds does not change the count.",
     msg=Msg("hc005", DEV, [NELL], (2027, 12, 13, 10, 41, 9), "RE: Painted model: final", """\
Hi Nell,

Thanks for these. Before you get too far into the drawings, I've been asked to pass on a few things from Imogen and our producer, who spent the weekend with the model photos:

- The floor: they'd like to lose the painted boards and go to a sand-and-shingle texture right across, "as if the sea has come in".
- The tower door wants to be arched rather than square.
- The back wall in a deeper, stormier green than in the photos.
- And could the kitchen truck have a second window, upstage?

I appreciate you've already done two rounds. Let me know what that means for you.

Dev""", quote=Q_PAINTED_FINAL, cc=[IMOGEN]))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="venue-plans", state={"design": 2, "drawings": 1, "venue-plans": 0},
     note="La chargée de production de l'Estran demande de modifier deux plans d'implantation livrés (décor reculé d'1,50 m à Boulogne, cuisine décalée à Lille) : les plans de tournée ont été vendus sans tour de retouches, la première demande de modification dépasse la limite.",
     msg=Msg("hc006", SOLENE_OUTLOOK, [NELL], (2028, 2, 8, 14, 26, 3), "RE: Touring ground plans", """\
Bonjour Nell,

Merci pour les plans d'implantation, ils sont très clairs.

Deux demandes avant de les envoyer aux régies :
– Boulogne : notre directeur voudrait gagner deux rangs de fauteuils pour la première. Pourriez-vous reculer l'ensemble du décor d'1,50 m vers le lointain, et remonter la toile de fond d'autant ?
– Lille : la cuisine doit être décalée côté jardin, pour dégager la sortie de secours côté cour.

Pourriez-vous nous renvoyer ces deux plans modifiés d'ici vendredi ?

Bien cordialement,""", quote=Q_VENUES, cc=[YANNICK]))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="en", verdict="out_of_scope", state={"design": 1},
     note="The director asks the set designer to draw what the four sisters wear after the costume designer pulled out: costume design, which the contract excludes, asked without the word 'design' and as a matter of 'one eye'.",
     msg=Msg("hc007", IMOGEN, [NELL], (2027, 11, 10, 19, 7, 51), "A slightly cheeky question", """\
Hi Nell,

A slightly cheeky one. Our costume designer has had to pull out (a film job, lucky her), and I'm starting to think we don't need to replace her. You already know these four sisters better than anyone: their kitchen, the oilskins hanging by the door, the colours of their world.

Would you sketch what they wear? Four characters, two looks each, nothing fancy; Bea in wardrobe can source and alter from your drawings. I'd love it all to come from one eye.

Imogen x""", sig=""))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="fr", verdict="out_of_scope", state={"design": 2, "drawings": 1},
     note="La chargée de production de l'Estran demande de concevoir une exposition sur la fabrication du décor dans le hall du théâtre (parcours, supports, cartels) : un nouveau livrable, absent du contrat. La maquette, les croquis et la date d'ouverture sont du contexte.",
     msg=Msg("hc008", SOLENE, [NELL], (2028, 1, 24, 16, 50, 17), "Une idée pour le hall de l'Estran", """\
Bonjour Nell,

Pendant les trois semaines où le spectacle sera chez nous, nous aimerions raconter au public la fabrication du décor dans le grand hall : une petite exposition avec la maquette, vos croquis et des photos de l'atelier.

Vous seriez la personne idéale pour la concevoir : le parcours, les supports, la mise en espace, les cartels. Rien d'énorme, le hall fait une centaine de mètres carrés. Ce serait possible pour l'ouverture, le 12 avril ?

Belle fin de journée,
Solène""", cc=[YANNICK]))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="en", verdict="out_of_scope", deliverable="venue-plans", state={"design": 2, "drawings": 1},
     note="The production manager adds a seventh tour venue and asks for its ground plan and section like the other six: more touring ground plans than the six sold. The stage dimensions are context.",
     msg=Msg("hc009", DEV, [NELL], (2028, 1, 20, 12, 18, 36), "Tour: a seventh date", """\
Hi Nell,

Good news for the tour: the Shingle Street Playhouse in Aldeburgh has offered us two nights in the week after Margate, and we've said yes. It's a smaller stage than the others (7.8 m wide, 6.5 m deep, no flying), so we'll need a ground plan and section for it like the other six.

Their tech spec and stage plan are in the shared folder. I know you're working through the others at the moment, so if you can fold Aldeburgh in with them that would be ideal.

Dev""", cc=[IMOGEN]))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="fr", verdict="unclear", deliverable="design", state={"design": 1},
     note="Le directeur technique signale que le phare de 6,20 m ne tournera pas (camion, gril d'une salle anglaise) et propose soit de revoir le phare, soit une deuxième version du décor pour les petites salles : la première lecture est une retouche du décor dans le tour restant (revision), la seconde un second décor de tournée que le contrat ne prévoit pas (hors périmètre, distinct des plans d'implantation). Il faut clarifier.",
     msg=Msg("hc010", YANNICK, [NELL], (2027, 11, 5, 17, 33, 2), "Re: White-card model", """\
Bonjour Nell,

J'ai regardé les photos de la maquette en blanc avec Franck, notre chef constructeur. Le décor est très beau, mais nous avons un vrai souci avec le phare : 6,20 m d'un seul tenant, il ne passe ni dans la semi, ni sous le gril de Colchester, qui est à 5,80 m d'après Dev.

Soit on revoit le phare lui-même, soit il faut une deuxième version du décor pour les petites salles de la tournée, avec un phare plus bas ; je ne sais pas ce qu'Imogen préférera.

Dites-moi ce que vous proposez avant de passer à la maquette peinte.

Bien à vous,""", quote=Q_WHITECARD, cc=[IMOGEN, DEV]))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="en", verdict="not_a_request", state={"design": 2},
     note="The theatre company's newsletter to its mailing list; it names the designer, the model box and the tour but asks her for nothing.",
     msg=Msg("hc011", NEWS_SALTMARSH, [Person("", "nell@nellgarroway.design")], (2027, 12, 10, 8, 0, 0),
             "Saltmarsh News: the model is here", "",
             client="bulk", plain_override=NL_TEXT, html_override=NL_HTML,
             extra_headers=["List-Unsubscribe: <https://saltmarshtheatre.co.uk/news/unsubscribe?u=bmVsbEBuZWxsZ2Fycm93YXk>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-ID: Saltmarsh News <news.saltmarshtheatre.co.uk>",
                            "Precedence: bulk"]))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="fr", verdict="not_a_request", state={"design": 2, "drawings": 1, "venue-plans": 0},
     note="La chargée de production invite la décoratrice à la première française et lui demande si elle viendra, pour réserver sa chambre : une invitation et de la logistique, aucun travail demandé.",
     msg=Msg("hc012", SOLENE, [NELL], (2028, 3, 1, 10, 4, 58), "Invitation à la première à l'Estran", """\
Bonjour Nell,

Nous serions très heureux de vous accueillir pour la première française de The Lamplighter's Daughters, le mercredi 12 avril à 20 h. Deux places vous attendent, et nous pouvons vous réserver une chambre à l'hôtel du port pour la nuit.

Dites-moi simplement si vous venez, et si vous serez accompagnée.

Toute l'équipe a hâte de voir le phare s'allumer sur notre plateau !

À très vite,
Solène""", sig_after_quote=False))
