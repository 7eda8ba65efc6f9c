"""Contract HC: Hargrove Clay Studio x Fieldstone Table (studio potter making three prototype place
settings, then 240 pieces of wheel-thrown production dinnerware and 60 amuse-bouche spoons for a
Hudson Valley farm restaurant's reopening; English contract, USD; the restaurant's executive chef,
from Lyon, writes in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "hargrove-fieldstone-stoneware"

Q_PROTOS = Quote(NELL, (2027, 12, 14, 19, 30, 41), to=[ADELE_GMAIL, MARCUS], subject="Prototypes: recap of the three directions",
                 body="""\
Hi Adèle, hi Marcus,

Thank you for this afternoon, and for lunch. I'm still thinking about those squash dumplings.

A recap of the three directions you saw, each as a dinner plate, a pasta bowl and a side plate:
1. Hudson Slate: matte charcoal with a raw clay rim.
2. Ash Celadon: pale grey-green, glossy, breaking brown on the edges.
3. Barn Shino: warm white with orange flashing.

Choose one and send me your changes in a single list: two rounds of adjustments are included on the prototypes.

Nell""")

Q_PROTO_V3 = Quote(NELL, (2028, 1, 18, 17, 2, 15), to=[ADELE], cc=[MARCUS], subject="Ash Celadon – third firing",
                   body="""\
Hi Adèle,

The third firing of Ash Celadon is on your pass: a deeper green as you asked, the dinner plate rim narrowed by another quarter inch, and the bowl's foot brought lower.

That was the second of the two rounds included on the prototypes, so unless something has gone wrong in the kiln, I'll start throwing the test batch next week.

Nell""")

Q_TEST = Quote(NELL, (2028, 2, 7, 15, 20, 3), to=[MARCUS, ADELE_GMAIL], subject="Test batch dropped off",
               body="""\
Hi both,

The test batch is in your kitchen: four dinner plates, four pasta bowls and four side plates. Put them through real services and the dish machine, then send me one list of what you'd change: one round of adjustments is included before I throw the full run of 240.

Nell""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="en", verdict="in_scope", deliverable="prototypes", state={},
     note="The owner sends what the potter needs for the prototypes (photos of the refitted dining room, covers, how the chef wants the pasta bowl and the dinner plate) and asks when the three prototype settings can be seen: client input and a scheduling question about contracted work. Ruling out a logo on the pieces is context, not a request.",
     msg=Msg("hc001", MARCUS, [NELL], (2027, 11, 22, 10, 41, 9), "Fieldstone plates – getting started", """\
Hi Nell,

Now that the paperwork's done, here's what I think you need from us to get going.

Attached is the architect's rendering of the dining room as it'll look after the refit: reclaimed barn boards, the big walnut tables, and a lot of low, warm light. The new menu still lives mostly in Adèle's head, but the outline is farm to table, family style on weekends, about 70 covers a night.

She says the pasta bowl is the piece that matters most to her: wide and shallow, with enough of a wall to push against with a spoon. The dinner plates will mostly carry a protein and two vegetables, and she likes empty space around the food.

One thing to rule out early: we won't be putting our name or logo on anything. The barn is branding enough.

When do you think we could see the three prototype settings? Early December would be ideal, since Adèle is back from France on the 1st.

Best,
Marcus""", attachments=[Attachment("fieldstone_dining_room_refit.jpg", "image/jpeg", att.JPEG)]))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="en", verdict="not_a_request", state={},
     note="The owner's vacation auto-reply to the potter's email about the prototype presentation: it says who to contact while he is at a trade show and asks for no work.",
     msg=Msg("hc002", MARCUS, [NELL], (2027, 12, 9, 8, 3, 27), "Away until December 13 – Fieldstone Table", """\
Hi,

Thanks for your email. I'm at the Northeast Restaurant Show in New York until Monday, December 13, and only checking email in the evenings.

For anything about the kitchen or the menu, please contact Chef Adèle Fontaine (adele@fieldstonetable.com). For deliveries, invoices and the refit schedule, please contact Jess Tran (jess.tran@fieldstonetable.com).

Marcus Bell
Fieldstone Table""", sig="", extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"]))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="fr", verdict="revision", deliverable="prototypes", state={},
     note="La cheffe choisit la direction n° 2 parmi les trois prototypes présentés et envoie dans le même message ses changements (marli de l'assiette plus étroit, paroi du bol plus verticale, émail plus régulier au fond du bol) : le choix est prévu, les changements font le premier des deux tours inclus sur les prototypes ; la demande la plus sérieuse l'emporte. L'historique cité est en anglais.",
     msg=Msg("hc003", ADELE_GMAIL, [NELL], (2027, 12, 16, 22, 14, 50), "Re: Prototypes: recap of the three directions", """\
Bonjour Nell,

Encore merci pour mardi. On en a reparlé avec Marcus et avec l'équipe de salle, et c'est le céladon, le n° 2, sans hésiter : avec le noyer des tables, c'est lui qui fait le mieux chanter les légumes.

Voici nos remarques, toutes ensemble :
- l'assiette plate : le marli est trop large, il mange la place du dressage. Deux centimètres de moins, ce serait parfait ;
- le bol à pâtes : j'aimerais une paroi un peu plus verticale, pour qu'on puisse ramasser la sauce en appuyant la cuillère contre le bord ;
- au fond du bol, l'émail s'accumule et fait une flaque plus foncée, presque vert bouteille. On le voudrait plus régulier ;
- la petite assiette est parfaite telle quelle.

Bonne fin de semaine,
Adèle""", quote=Q_PROTOS, cc=[MARCUS], sig_after_quote=True))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="en", verdict="out_of_scope", state={"prototypes": 1},
     note="The owner asks the potter to add 40 small oval plates for a new chef's counter tasting menu and little espresso cups to the order: new pieces that the contract does not include (it covers dinner plates, pasta bowls, side plates and amuse-bouche spoons), so new deliverables.",
     msg=Msg("hc004", MARCUS, [NELL], (2028, 1, 5, 13, 26, 44), "A new idea for the counter", """\
Hi Nell,

Happy new year! I hope the kiln survived the holidays.

Some news from our end: we've decided to turn the old bar into a six-seat chef's counter, with a seven-course tasting menu Thursday to Saturday. Adèle is over the moon.

That service needs something different from the main room. She's picturing about 40 small oval plates, roughly the size of a hand, in the same celadon, plus some little cups for the espresso at the end. Could you add those to what you're making for us? The same delivery date is fine.

Best,
Marcus"""))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="out_of_scope", deliverable="dinnerware", state={"prototypes": 1},
     note="The operations manager asks for all 240 pieces by Friday March 24 instead of April 14, the delivery date written in the dinnerware deliverable and the contract deadline, because the opening has moved forward: an earlier deadline than agreed is a change of terms. The offer to collect with the restaurant's van does not change that.",
     msg=Msg("hc005", JESS, [NELL], (2028, 1, 12, 9, 50, 32), "Opening date moved up – dinnerware delivery", """\
Hi Nell,

I'm Jess, I look after operations and purchasing here. Marcus has asked me to handle the delivery side with you from now on.

Our contractor tells us the refit will be finished three weeks early, so we're bringing the opening forward: friends-and-family dinners from Saturday March 25 and the public opening on Friday March 31. That means we'd need all 240 pieces here by Friday March 24 at the latest, rather than April 14, so we can run them through the machine and train the floor team on them first.

Could you confirm that works for you? We're happy to send our van to Kingston to collect them if that saves you a day.

Thanks,""", cc=[MARCUS]))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="prototypes", state={"prototypes": 2},
     note="Après la troisième cuisson, que la potière a annoncée comme la fin des deux tours inclus, la cheffe demande encore d'aplatir le bord de l'assiette plate et d'élargir le pied du bol, et souhaite « une dernière version » : un troisième tour de modifications sur les prototypes, qui en comprennent deux. L'historique cité est en anglais.",
     msg=Msg("hc006", ADELE, [NELL], (2028, 1, 20, 23, 8, 19), "Re: Ash Celadon – third firing", """\
Bonjour Nell,

Le vert est parfait cette fois, bravo.

Mais en dressant dessus ce soir, deux choses me gênent encore :
- le bord de l'assiette plate, maintenant qu'il est plus étroit, remonte trop : le jus file vers le centre et noie la garniture. Est-ce qu'on pourrait l'aplatir ?
- le bol : l'intérieur est très bien, mais le pied est trop petit, il bascule quand le serveur le pose d'une seule main.

Si on pouvait avoir une dernière version avant de lancer la série, je serais beaucoup plus tranquille.

Adèle""", quote=Q_PROTO_V3, bom=True))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="fr", verdict="unclear", deliverable="dinnerware", state={"prototypes": 3, "dinnerware": 0},
     note="La cheffe voudrait « quelque chose pour le beurre » du service du pain et propose elle-même deux pistes : un petit creux dans la petite assiette, soit un changement de forme d'une pièce prévue dans le tour d'ajustements encore inutilisé sur la vaisselle (revision), ou un petit pot à part, une pièce que le contrat ne prévoit pas (out_of_scope). Il faut savoir ce qu'elle retient avant de répondre.",
     msg=Msg("hc007", ADELE_GMAIL, [NELL], (2028, 2, 9, 15, 37, 6), "Re: Test batch dropped off", """\
Bonjour Nell,

Les pièces sont arrivées entières, et l'équipe les adore déjà. Marcus vous enverra les retours du service d'ici la fin de la semaine.

Moi, j'ai surtout une idée pour les petites assiettes. Au service du pain, on sert un beurre de ferme à la fleur de sel, et pour l'instant on le pose directement sur l'assiette, ce n'est pas très joli. Est-ce qu'on pourrait prévoir quelque chose pour le beurre ? Un petit creux dans l'assiette, ou un petit pot à côté, je ne sais pas ce qui est le plus simple pour vous.

Belle journée,
Adèle""", quote=Q_TEST))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="en", verdict="unclear", deliverable="dinnerware", state={"prototypes": 3, "dinnerware": 0},
     note="The operations manager relays the chef's wish for '20 more' pasta bowls but does not know whether she means 20 on top of the order or 20 moved over from the side plates. Readings: 20 extra bowls beyond the 240 pieces sold (out_of_scope), or a change in the mix of the contracted 240 before the full run, taken in the adjustment round still unused on the dinnerware (revision). The quantity question has to be settled first.",
     msg=Msg("hc008", JESS, [NELL], (2028, 2, 10, 11, 18, 57), "Pasta bowls – quantity question", """\
Hi Nell,

A quick question on quantities before you start the full run. Chef did the math on last weekend's covers and she's worried 80 pasta bowls won't see us through a Saturday, since half the menu ends up in one. She's asked me to get 20 more of them.

I'm honestly not sure whether she means 20 on top of the order, or moving 20 over from the side plates (she thinks we have more of those than we'll ever use). I'll let you and Marcus work out what makes sense, but let me know either way so I can update the budget.

Thanks,"""))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="en", verdict="revision", deliverable="dinnerware", state={"prototypes": 3, "dinnerware": 0},
     note="After two services and about thirty dish-machine cycles, the owner sends his list of changes on the test batch in one message (thinner, lighter dinner plates, glaze run over the foot of two bowls, side plates half an inch smaller): the one round of adjustments included on the dinnerware before the full run, still unused. The mention of the chef's butter idea asks for nothing here.",
     msg=Msg("hc009", MARCUS, [NELL], (2028, 2, 11, 21, 40, 2), "Re: Test batch dropped off", """\
Hi Nell,

We ran the test pieces through Wednesday and Thursday service and the dish machine (about thirty cycles). Here's everything in one go, as you asked:

1. The dinner plates are beautiful but heavy. Our servers carry three or four at a time, and by the end of the night their wrists know about it. Can they be thrown a bit thinner?
2. On two of the pasta bowls the glaze has run over the foot and left a sharp edge. One of them scratched the rack.
3. In the dim light, the side plates and the pasta bowls are hard to tell apart on the stack. Could the side plate come down by half an inch?

Everything else (the color, the rims, how the food looks on them) is exactly right. Adèle will talk to you separately about her butter idea.

Marcus""", quote=Q_TEST, text_only=True))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="en", verdict="in_scope", deliverable="dinnerware", state={"prototypes": 3, "dinnerware": 1},
     note="The operations manager asks practical questions about the delivery of the full run (who brings it, how many boxes) and whether the week of April 10 still holds, which is within the agreed April 14: questions about contracted work.",
     msg=Msg("hc010", JESS, [NELL], (2028, 3, 20, 14, 2, 38), "Delivery of the full run", """\
Hi Nell,

Marcus tells me the full run is glazed and going through its last firings. Exciting!

A few logistics questions so I can plan the week:
- Will you bring the 240 pieces and the spoons to Rhinebeck yourself, or should we send our van to Kingston? Either works for us.
- Roughly how many boxes should I clear space for in the dry store?
- Are we still on track for the week of April 10? The team's training day is Saturday the 15th, so anything up to the Friday is fine.

Thanks,"""))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="fr", verdict="revision_over_limit", deliverable="spoons", state={"prototypes": 3, "dinnerware": 1, "spoons": 0},
     note="Après l'ouverture, la cheffe demande de reprendre les cuillères d'amuse-bouche livrées avec un creux plus plat et un manche plus court : des modifications d'un livrable vendu sans tour de changements, donc au-delà de la limite dès la première demande. Les compliments sur la vaisselle ne demandent rien.",
     msg=Msg("hc011", ADELE, [NELL], (2028, 4, 24, 16, 45, 21), "Les cuillères", """\
Bonjour Nell,

Trois services avec la nouvelle vaisselle, et tout le monde nous en parle : les clients prennent même les assiettes en photo.

Petit souci avec les cuillères de l'amuse-bouche, par contre : le creux est trop profond. La gelée de pomme glisse tout au fond et les gens n'arrivent pas à tout prendre en une bouchée, j'ai vu plusieurs clients finir au doigt ! Est-ce que vous pourriez les reprendre avec un creux plus plat et un manche un peu plus court, pour qu'elles tiennent mieux sur l'ardoise ?

Merci,
Adèle"""))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="en", verdict="out_of_scope", state={"prototypes": 3, "dinnerware": 1, "spoons": 1},
     note="A few weeks after opening, the operations manager asks the potter to make new plates and bowls for the 13 pieces broken or chipped in service and to set up a regular monthly batch of spares: replacements and a standing order, which the contract explicitly excludes.",
     msg=Msg("hc012", JESS, [NELL], (2028, 5, 8, 10, 12, 49), "Breakage so far + something regular?", """\
Hi Nell,

Two and a half weeks in, and the plates are holding up really well considering what the dish pit puts them through. We have had some losses, though: a bus tub went over on Saturday night, and between that and a few chips from the machine we're down 9 dinner plates and 4 pasta bowls.

Could you make us new ones to bring us back to 80 of each? And since this is clearly going to keep happening, could we set up something regular, say a dozen pieces a month, so there are always a few spares on the shelf?

Let me know what that would cost.

Thanks,""", cc=[MARCUS]))
