"""Contract HC: Tamsin Reeve Private Chef x James & Séverine Ashdown (private chef writing a gluten-free
family menu plan, cooking eight Tuesday cook-ins, cooking a seven-course anniversary dinner for ten and
writing fifteen recipe cards for the nanny, near Chipping Norton; English contract, GBP; the French mother
writes in French, the father, his practice's accounts office and the Polish nanny in English)."""
from mailgen import Msg, Quote
from people import *

K = "reeve-ashdown-privatechef"

Q_PLAN1 = Quote(TAMSIN, (2027, 12, 10, 16, 34, 20), to=[JAMES, SEVERINE], subject="Your menu plan – first draft",
                body="""\
Hi James, hi Séverine,

Attached is the first draft of the four-week plan: 20 dinners, all gluten-free, with the packed lunches on the second page. Margaux's two vegetarian nights are marked with a leaf, and Fridays are a dish to share in the middle of the table.

Have a look together and send me one list of changes. Two rounds are included before we lock it in for the first cook-in on 11 January.

Tamsin""")

Q_PLAN_FINAL = Quote(TAMSIN, (2027, 12, 21, 11, 5, 9), to=[JAMES, SEVERINE], cc=[KASIA],
                     subject="Menu plan – final for January", body="""\
Hi both,

Here's the plan with your second set of changes (the quick Wednesday dishes, the mild curry, chicken in place of fish on two nights). That was the second of the two rounds included, so this is the plan we'll cook from for all eight Tuesdays.

Remember you can move dishes between days each week: just tell me by the Friday before.

Happy Christmas to you all!
Tamsin""")

Q_DINNER = Quote(TAMSIN, (2028, 2, 23, 14, 12, 37), to=[JAMES, SEVERINE], subject="Menu for Saturday 11 March",
                 body="""\
Hi both,

Here's my proposal for the 11th, seven courses:
1. Celeriac velouté, toasted hazelnuts
2. Seared scallops, cauliflower purée, crispy pancetta
3. Beetroot-cured trout (hot-smoked for Agathe)
4. Wild mushroom and chestnut tart
5. Venison loin, braised red cabbage, juniper jus (roast squash and lentils for Tunde)
6. Montgomery cheddar, quince, seeded crackers
7. Dark chocolate délice, blood orange

All of it gluten-free, so Léo can polish off the leftovers on Sunday. One round of changes is included on the menu, so gather everyone's thoughts in one list.

Tamsin""")

Q_CARDS2 = Quote(TAMSIN, (2028, 4, 7, 10, 48, 3), to=[SEVERINE, KASIA], cc=[JAMES],
                 subject="Re: Recipe cards", body="""\
Hi Séverine, hi Kasia,

Here are the cards again with Séverine's changes: French titles under the English ones, the meatballs split into two cards (sauce and meatballs), and a "make ahead" box on each. That was the round of changes included, so these are the final files, ready for the printer.

Tamsin""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="fr", verdict="in_scope", deliverable="menus", state={},
     note="La mère de famille envoie pour le plan de menus les goûts et contraintes de chacun (cœliaquie de Léo, deux soirs végétariens, pas de coriandre, poisson, plat à partager le vendredi, lunch boxes) et demande quand viendra une première version et s'il faut une liste des ustensiles : des éléments et des questions pour le travail prévu.",
     msg=Msg("hc001", SEVERINE, [TAMSIN], (2027, 12, 1, 21, 40, 12), "Nos goûts (et dégoûts) pour le plan de menus", """\
Bonjour Tamsin,

Comme promis lors de votre visite, voici tout ce que nous avons pu rassembler pour le plan de menus. James m'a dit que vous lisiez le français, alors j'en profite, c'est plus rapide pour moi.

Les enfants :
- Léo, 6 ans, cœliaque, diagnostiqué en septembre. Aucune trace de gluten, et même l'avoine « sans gluten » lui pose problème d'après la diététicienne. Il adore les boulettes, le riz et tout ce qui est jaune.
- Margaux, 9 ans, mange de tout sauf les champignons, et en ce moment elle veut être végétarienne deux soirs par semaine (on verra combien de temps ça dure).

Les adultes : James ne supporte pas la coriandre, moi je rêve de poisson au moins deux fois par semaine, et le vendredi on aimerait un plat à partager, un plat au four qu'on pose au milieu de la table.

Les lunch boxes, c'est pour Margaux et pour James. Léo mange à la cantine, qui lui fait un menu à part.

Deux questions : vers quand pourrions-nous voir une première version du plan ? Et avez-vous besoin de la liste de nos ustensiles, ou vous apportez les vôtres le mardi ?

Merci beaucoup et à bientôt,"""))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="en", verdict="revision", deliverable="menus", state={},
     note="The father sends the family's list of changes to the first draft of the menu plan (a quicker Wednesday dish instead of the tagine, a mild curry or a children's portion, chicken instead of fish on some nights; the mushroom risotto stays): the first of the two rounds included on the plan.",
     msg=Msg("hc002", JAMES, [TAMSIN], (2027, 12, 14, 8, 52, 40), "RE: Your menu plan – first draft", """\
Hi Tamsin,

Thank you, this looks terrific. Séverine and I went through it at the weekend and the children had their say too (loudly). Our notes:

- Week 2, Wednesday, the lamb tagine: lovely, but that's Séverine's choir night and I'm on bath duty, so we need something that reheats in ten minutes. Could it be swapped for something quicker?
- Week 3 has the Thai green curry. Léo once tried a spoonful of mine in a restaurant and has never forgiven us. Could you make it mild, or do a separate portion without chilli for the children?
- Margaux has now decided mushrooms are fine "if they're hidden". Don't ask. So the mushroom risotto can stay.
- Fish twice a week is what Séverine asked for, and I've been outvoted, but could one of the two be chicken in weeks 1 and 3?

Otherwise we love it, especially the fish pie with the crispy potato top.

Best,
James""", quote=Q_PLAN1, cc=[SEVERINE]))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="en", verdict="not_a_request", state={"menus": 2},
     note="The office manager of the father's practice sends a remittance advice for the invoice covering the menu plan and the cook-in deposit, and asks that future invoices come to the accounts address: a payment notice and an invoicing detail, no work asked, although 'menu plan' and 'cook-in' appear.",
     msg=Msg("hc003", OFFICE, [TAMSIN], (2028, 1, 5, 15, 20, 0), "Remittance advice - invoice TR-0112", """\
Dear Tamsin,

Please find below the remittance details for your invoice, paid today on behalf of Mr and Mrs Ashdown:

Invoice: TR-0112 (menu plan and deposit on the cook-in sessions)
Amount: £1,440.00
Paid: 05/01/2028 by Faster Payment
Reference: ASHDOWN TR0112

Going forward, James has asked that invoices for the cook-ins and the groceries come to this address rather than to him, so that we can reconcile them monthly.

Kind regards,"""))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="fr", verdict="out_of_scope", state={"menus": 2},
     note="La mère demande à la cheffe de s'occuper du goûter d'anniversaire des 7 ans de Léo, un samedi, pour quatorze enfants et quelques parents (gâteau au chocolat sans gluten, petites choses salées, sablés) et demande combien cela coûterait en plus : une fête d'enfants, exclue du contrat (Other events and catering). Les compliments sur les deux premiers mardis ne demandent rien.",
     msg=Msg("hc004", SEVERINE, [TAMSIN], (2028, 1, 19, 13, 7, 55), "Petite question pour début février", """\
Bonjour Tamsin,

D'abord merci : les deux premiers mardis sont un succès total. Léo a redemandé trois fois les boulettes à la tomate, et Margaux emporte sa lunch box sans râler, c'est dire.

Je voulais vous demander quelque chose. Léo aura 7 ans le samedi 5 février et, pour la première fois depuis son diagnostic, on voudrait faire une vraie fête à la maison où il pourrait manger la même chose que ses copains. Ils seront 14 enfants, de 15 h à 17 h 30, plus quelques parents qui restent. Est-ce que vous pourriez vous en occuper ? Un gâteau au chocolat sans gluten, quelques petites choses salées, des sablés… Tout ce qui vous paraît raisonnable pour des enfants de cet âge.

Dites-moi ce que vous en pensez, et combien ça coûterait en plus.

Bises,"""))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="unclear", deliverable="menus", state={"menus": 2},
     note="The nanny says the children are bored of the rotation and asks Tamsin to 'mix it up a bit for February'. Three readings lead to different verdicts: reorder the plan's dishes between days, which the family may do each week (in_scope); change dishes in the agreed plan, whose two rounds are used (revision_over_limit); or write new dishes for February, a second plan beyond the 20 dinners sold (out_of_scope). The note about the lunch tub lids asks for nothing.",
     msg=Msg("hc005", KASIA, [TAMSIN], (2028, 1, 27, 19, 44, 31), "February dinners", """\
Hi Tamsin,

Hope you're well! Quick one from the kitchen front. The kids are getting a bit bored: last night Margaux asked "is it the orange soup week again??" 😅 We're only in week 3, so by the end of February they'll have had everything twice.

Could you mix it up a bit for February? Séverine said to ask you directly.

Also, Léo's lunch tub lid cracked, so I bought new ones. They're in the drawer under the microwave.

Thanks!
Kasia"""))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="en", verdict="revision_over_limit", deliverable="menus", state={"menus": 2},
     note="The father asks to change dishes in the agreed plan from the 8 February cook-in (the beef stew out for a second vegetarian dish, a different dish each time instead of the salmon traybake, Léo's meatballs weekly instead of the Thursday chicken): a third round of changes on a menu plan that includes two, as the quoted 'final' plan says. Replacing dishes is not the weekly reordering the contract allows.",
     msg=Msg("hc006", JAMES, [TAMSIN], (2028, 2, 2, 7, 58, 14), "RE: Menu plan – final for January", """\
Hi Tamsin,

Following Kasia's note last week, Séverine and I had a proper look at the plan. What we'd like from the 8 February cook-in onwards:

- the beef and red wine stew out of week 4 (Séverine finds it far too heavy for a weeknight) and a second vegetarian dish in its place;
- the salmon traybake in weeks 1 and 3 replaced by something different each time, maybe a mild fish curry one week and a gluten-free fish and chips night the other;
- Léo's meatballs once a week rather than once a fortnight, instead of the chicken and rice on Thursdays.

I realise this comes on top of the changes we made before Christmas. Let me know what works.

James""", quote=Q_PLAN_FINAL, cc=[SEVERINE]))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="fr", verdict="out_of_scope", deliverable="recipes", state={"menus": 3},
     note="La mère demande les fiches recettes pour le vendredi 3 mars « plutôt que pour la fin du mois », parce que sa belle-mère remplace la nounou pendant trois semaines : le contrat fixe leur livraison au 31 mars 2028 (c'est aussi sa date limite), une date plus tôt est un changement des conditions.",
     msg=Msg("hc007", SEVERINE, [TAMSIN], (2028, 2, 10, 20, 26, 3), "Fiches recettes : un peu plus tôt ?", """\
Bonjour Tamsin,

Un changement chez nous : Kasia part trois semaines en Pologne à partir du 4 mars, sa mère doit se faire opérer. C'est ma belle-mère, Ann, qui viendra s'occuper des enfants, et elle ne connaît rien au sans gluten (elle m'a demandé la semaine dernière si le riz en contenait…).

Du coup, les fiches recettes nous seraient vraiment utiles dès son arrivée. Pourriez-vous nous les envoyer pour le vendredi 3 mars, plutôt que pour la fin du mois ? Kasia pourrait les passer en revue avec elle avant de partir.

Merci d'avance,"""))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="en", verdict="in_scope", deliverable="dinner", state={"menus": 3},
     note="The father confirms the ten guests for the anniversary dinner on 11 March with their dietary needs (no lamb, pregnancy, a vegan), passes on his wife's wish for scallops, and asks when the menu proposal will come, what time the chef wants the kitchen and who lays the table: client input and questions about the contracted dinner, for the ten guests sold.",
     msg=Msg("hc008", JAMES, [TAMSIN], (2028, 2, 16, 12, 35, 48), "11 March – guest list and the fine print", """\
Hi Tamsin,

The anniversary dinner is on for Saturday 11 March. Here are the ten of us, Séverine and me included:

- my parents, Ann and Robert. Mum doesn't eat lamb, never has;
- Séverine's sister Agathe and her husband Yann, over from Rennes. Agathe is five months pregnant, so nothing raw or runny, no pâté, no unpasteurised cheese;
- the Okonjos and the Fairbanks from the village. Tunde is vegan; everyone else eats anything.

Séverine's only wish, when I asked her casually, was "something with scallops, like on our honeymoon in Brittany".

When could we see your menu proposal? And what time will you want the kitchen from? Should we lay the table, or do you prefer to do it yourself?

Many thanks,
James"""))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="fr", verdict="revision", deliverable="dinner", state={"menus": 3, "dinner": 0},
     note="La mère envoie ses remarques sur la proposition de menu du dîner (un fromage pasteurisé à la place du cheddar au lait cru pour sa sœur enceinte, inverser la tarte et la truite, un dessert sans orange sanguine) : le tour de modifications inclus sur le menu du dîner, encore inutilisé. L'historique cité est en anglais.",
     msg=Msg("hc009", SEVERINE, [TAMSIN], (2028, 2, 25, 9, 18, 26), "Re: Menu for Saturday 11 March", """\
Bonjour Tamsin,

Quel menu ! J'en ai l'eau à la bouche, et James a souri en voyant les Saint-Jacques.

Quelques petites choses quand même :
- le cheddar Montgomery est au lait cru, non ? Agathe ne pourra pas en manger. Est-ce qu'on pourrait avoir un fromage pasteurisé à la place ?
- la truite juste après les Saint-Jacques, ça fait beaucoup de poisson d'affilée pour mon beau-père. Peut-être inverser la tarte et la truite ?
- et pour le dessert, Yann est allergique aux agrumes (on l'a découvert à Noël !), donc sans l'orange sanguine si possible.

Pour le reste, on ne touche à rien.

Merci !""", quote=Q_DINNER, cc=[JAMES], sig_after_quote=True))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="en", verdict="out_of_scope", state={"menus": 3, "dinner": 1},
     note="The father asks the chef to choose and buy a wine for each of the seven courses, with a sparkling wine to start, and to bring someone to serve and top up glasses during the dinner: drinks pairing and waiting staff, both excluded (Service staff and drinks). The thanks for the revised menu ask for nothing.",
     msg=Msg("hc010", JAMES, [TAMSIN], (2028, 3, 2, 18, 4, 22), "Saturday week – drinks and a pair of hands", """\
Hi Tamsin,

The final menu looks superb. Thank you for turning Séverine's list around so quickly.

Two more things for the 11th. Neither of us knows the first thing about wine, and with seven courses I'd rather not guess, so could you pick something to go with each course and get it in? Happy to go to about £40 a bottle, and maybe something sparkling to start. And with ten round the table I don't want Séverine jumping up between courses: could you bring someone along to serve and keep glasses topped up while you're plating? We'll pay whatever the going rate is.

Best,
James"""))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="en", verdict="unclear", deliverable="recipes", state={"menus": 3, "dinner": 1},
     note="Back from Poland, the nanny says her gluten-free pastry for the leek and bacon tart from the plan crumbles and asks Tamsin to 'help me get it right'. Two readings: tips and a detailed method on the tart's card among the recipe cards due on 31 March (in_scope), or a hands-on session in the kitchen, a cookery lesson the contract excludes (out_of_scope). Tamsin should ask which she means.",
     msg=Msg("hc011", KASIA, [TAMSIN], (2028, 3, 27, 20, 11, 9), "Pastry!!", """\
Hi Tamsin,

I'm back from Kraków, and Ann says the kids were angels (I don't believe her).

Yesterday and today I tried the leek and bacon tart from the plan for the kids, and both times the pastry fell to pieces when I rolled it out. The gluten-free flour just doesn't behave like normal flour. Could you help me get it right? I think I'm missing something really simple.

Thanks so much,
Kasia"""))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="en", verdict="revision_over_limit", deliverable="recipes", state={"menus": 3, "dinner": 1, "recipes": 1},
     note="After the recipe cards came back with the mother's changes, which the chef calls the included round and final files, the nanny asks for more changes to the cards (gas marks next to the oven temperatures, bigger text on the fish pie card, a photo that shows the wrong tart): a second round on cards that include one.",
     msg=Msg("hc012", KASIA, [TAMSIN], (2028, 4, 12, 13, 2, 57), "Re: Recipe cards", """\
Hi Tamsin,

The cards are beautiful, Ann wants a set for herself!

Sorry, I know Séverine already sent you her list, but now that I'm cooking from them every day there are three things:
- Ann's cooker is gas, and she'll be here a lot more now. Could you put the gas mark next to each oven temperature?
- on the fish pie card the writing is really small. I can't read it from the counter when my hands are covered in mash.
- the photo on the tart card is the leek and goat's cheese one, not the leek and bacon.

Thank you!!
Kasia""", quote=Q_CARDS2))
