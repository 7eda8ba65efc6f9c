"""Contract J: Rowan Pike Kitchen x Hearth & Furrow Foods (freelance recipe developer writing website and
back-of-pack recipes for a heritage-flour brand, English contract, GBP, Somerset)."""
from mailgen import Msg, Quote, Person, Attachment
import attachments as att
from people import *

K = "pike-hearthfurrow-recipes"

Q_BATCH1 = Quote(ROWAN, (2027, 6, 11, 17, 2, 40), to=[IMOGEN], cc=[CALLUM], subject="First batch: six website recipes",
                 body="""\
Hi Imogen, hi Callum,

Attached are the first six website recipes (spelt and rye): spelt banana bread, spelt & cheddar scones, spelt pizza base, rye soda bread, rye & treacle loaf and rye chocolate brownies. Each has been tested three times in my fan oven.

Two rounds of changes are included for the recipes, so it helps if you send me everyone's comments together.

Rowan""")

Q_FINAL = Quote(ROWAN, (2027, 7, 23, 15, 40, 12), to=[IMOGEN], subject="Re: Batch 2 comments",
                body="""\
Hi Imogen,

Here is the final set of all 12 website recipes, with your second round of comments in (fan oven temperatures, smaller brownie tin, grams only).

That was the second of the two included rounds, so these are the final versions. Word files are in the shared Drive folder.

Rowan""")

Q_PACK = Quote(ROWAN, (2027, 6, 25, 10, 15, 0), to=[CALLUM], subject="Back-of-pack recipes, drafts",
               body="""\
Hi Callum,

Here are the four back-of-pack recipes, one per flour: spelt flatbreads, rye soda bread, emmer shortbread and wholemeal everyday loaf. They're between 104 and 119 words each.

One round of changes is included, so let me know everything you'd like to change in one go.

Rowan""")

Q_SHEET = Quote(ROWAN, (2027, 7, 28, 9, 5, 30), to=[IMOGEN, ELODIE], subject="Allergen & nutrition sheet",
                body="""\
Hi Imogen, hi Élodie,

The allergen and nutrition sheet for the 12 website recipes is attached: one tab per recipe, the 14 allergens, and nutrition per serving calculated from the McCance & Widdowson tables.

Rowan""")

BUYER_MAIL = Quote(PRIYA_W, (2027, 6, 29, 16, 48, 0), to=[IMOGEN], subject="Hearth & Furrow range review", forward=True,
                   body="""\
Hi Imogen,

Thanks for the samples, the team loved the emmer. We're keen to list three of the four flours from October.

One thing that would really help on our recipe hub: customers keep asking for gluten-free baking ideas. If your new buckwheat flour is ready by then, a couple of recipes using it would make a strong case for listing it too.

Best,
Priya Sandhu
Buyer, Home Baking""")

CASES = []


def case(**kw):
    CASES.append(kw)


# j001 -------------------------------------------------------------------------
case(id="j001", contract=K, lang="en", verdict="in_scope", state={},
     note="Imogen sends the flour spec sheets, tone-of-voice guide and launch context and asks when the first recipes will arrive: client input and a timing question on contracted work; the show date, bag size and stockist count are context.",
     msg=Msg("j001", IMOGEN, [ROWAN], (2027, 5, 14, 11, 26, 3), "Recipe project - spec sheets and brief", """\
Hi Rowan,

Lovely to meet you at the mill on Tuesday. As promised, here's everything for the recipes:

- spec sheets for the four flours (spelt, rye, emmer and the heritage wholemeal), with protein and fibre content
- our tone-of-voice guide: warm, practical, no "super-food" language please
- the autumn range goes into 1.5 kg bags and launches at the BBC Good Food Show on 24 November, and we're in about 140 farm shops now

We'd love the recipes to feel like proper weekend baking rather than health food. Our customers are mostly keen home bakers with a standard fan oven.

Could you let me know roughly when we'll see the first batch? Callum and I are both away the week of 21 June, so before or after that would be ideal.

Many thanks,
Imogen""", attachments=[Attachment("HF_flour_spec_sheets_2027.png", "image/png", att.png(14, 10, (176, 137, 88)))]))

# j002 -------------------------------------------------------------------------
case(id="j002", contract=K, lang="en", verdict="in_scope", deliverable="pack", state={"recipes": 1, "pack": 0},
     note="Callum answers the provider's question on the rye back-of-pack recipe by picking one of the two options she offered and confirms the word limit: a choice between contracted options, no change requested.",
     msg=Msg("j002", CALLUM, [ROWAN], (2027, 6, 22, 8, 44, 51), "Re: Rye pack recipe - soda bread or muffins?", """\
Morning Rowan,

Soda bread, definitely. The muffins sound great but the soda bread shows off the rye better and it's one bowl, which is what people want on the back of a bag.

And yes, 120 words is the hard limit. The print area on the 1.5 kg bag is 85 x 110 mm and the designer says anything longer will go down to a 6 pt font.

Looking forward to seeing all four.

Callum""", quote=Quote(ROWAN, (2027, 6, 21, 18, 3, 0), to=[CALLUM], subject="Rye pack recipe - soda bread or muffins?", body="""\
Hi Callum,

For the rye back-of-pack recipe I have two options that both work well: a one-bowl rye soda bread, or rye & apple muffins. Which would you prefer? I'll send all four pack recipes this week.

Rowan""")))

# j003 -------------------------------------------------------------------------
case(id="j003", contract=K, lang="en", verdict="revision", deliverable="recipes", state={"recipes": 0},
     note="Imogen sends the team's combined comments on the first six website recipes (less sugar, nut-free brownies, fan-oven temperatures, cups removed): one message of changes, the first of two included rounds.",
     msg=Msg("j003", IMOGEN, [ROWAN], (2027, 6, 16, 14, 12, 9), "RE: First batch: six website recipes", """\
Hi Rowan,

We baked four of the six in the test kitchen yesterday and the office is now very full. Here are our comments, all in one go:

1. Spelt banana bread: could you bring the sugar down a bit? 180 g felt sweet next to the bananas. 140 g maybe?
2. Rye brownies: please take the walnuts out, or make them optional. We want the website recipes to be nut-free where we can.
3. Could every recipe give the fan oven temperature first and conventional in brackets, rather than the other way round?
4. Please drop the cup measures. Our customers are UK bakers, grams and ml only.

The scones and the soda bread were perfect as they are.

Thanks!
Imogen""", cc=[CALLUM], quote=Q_BATCH1))

# j004 -------------------------------------------------------------------------
case(id="j004", contract=K, lang="en", verdict="revision", deliverable="pack", state={"recipes": 1, "pack": 0},
     note="Callum asks for changes to the four delivered back-of-pack recipes (product names, gas marks, a shorter shortbread method): the pack recipes' single round, still unused.",
     msg=Msg("j004", CALLUM, [ROWAN], (2027, 6, 28, 19, 31, 17), "Re: Back-of-pack recipes, drafts", """\
Hi Rowan,

These read really well. A few tweaks from me and the designer:

- where it says "spelt flour" or "rye flour", can you use the product names ("Hearth & Furrow Stoneground Spelt" etc.) the first time they appear?
- add gas marks next to the oven temperatures, a lot of our farm-shop customers still have gas ovens
- the emmer shortbread method is the longest at 119 words, could you trim it to about 100 so it breathes on the bag?

That's all, thanks.

Callum""", quote=Q_PACK, sig_after_quote=True))

# j005 -------------------------------------------------------------------------
case(id="j005", contract=K, lang="en", verdict="revision_over_limit", deliverable="recipes", state={"recipes": 2},
     note="After the final set that used the two included rounds, Imogen asks to swap buttermilk for a plant-based option in three recipes and rename two: a third round of changes to the website recipes.",
     msg=Msg("j005", IMOGEN_B64, [ROWAN], (2027, 7, 27, 10, 2, 44), "RE: Re: Batch 2 comments", """\
Hi Rowan,

Thank you so much for the final set, they're brilliant. I'm sorry to come back after you said these were final, but our MD read them over the weekend and had a couple of thoughts:

- the soda bread, the scones and the wholemeal pancakes all use buttermilk. Could each of them give a plant-based option too (oat milk with lemon juice, or whatever works best), since a lot of our customers are dairy-free?
- he'd like "Rye & treacle loaf" to become "Somerset black loaf" and "Emmer shortbread" to become "Mill-house shortbread"

I know it's a few bits, hopefully quick ones.

Imogen""", quote=Q_FINAL))

# j006 -------------------------------------------------------------------------
case(id="j006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="allergens",
     state={"recipes": 2, "pack": 1, "allergens": 0},
     note="Élodie demande de modifier la fiche allergènes et nutrition livrée (portions de la galette, arrondis, allergènes en gras), un livrable sans aucun tour de révision : hors limite dès la première demande.",
     msg=Msg("j006", ELODIE, [ROWAN], (2027, 7, 29, 16, 20, 33), "RE: Allergen & nutrition sheet", """\
Bonjour Rowan,

Merci pour la fiche, elle est très claire. Je l'ai transmise à notre distributeur en France, qui la reprendra sur son site, et il y a quelques points à changer avant :

- pour la galette à l'épeautre, les valeurs sont calculées pour 6 parts, mais la recette en fait plutôt 8 : pouvez-vous refaire le calcul pour 8 parts ?
- merci d'arrondir toutes les valeurs à une décimale (le tableur affiche parfois 4 chiffres après la virgule)
- et de mettre les allergènes présents en gras dans chaque onglet, c'est l'usage chez nous

Je suis désolée d'écrire en français, Imogen m'a dit que ça ne vous gênait pas.

Bien à vous,
Élodie""", cc=[IMOGEN], quote=Q_SHEET))

# j007 -------------------------------------------------------------------------
case(id="j007", contract=K, lang="en", verdict="out_of_scope", state={"recipes": 1, "pack": 0},
     note="After thanking her, Callum asks the recipe developer to take phone pictures of every dish for Instagram while she bakes: food photography, which the contract excludes, asked as a small favour.",
     msg=Msg("j007", CALLUM, [ROWAN], (2027, 7, 2, 21, 7, 26), "Quick favour while you're baking", """\
Hi Rowan,

The scones went down a storm at our Friday team breakfast, thank you!

Quick one while you're testing batch two: could you snap a few pictures of each bake as you go? Nothing fancy, just on your phone on a nice board, maybe one of the crumb and one finished shot. Our Instagram has been pretty quiet and we'd love to start teasing the autumn range in August.

If you could drop them in the Drive folder with the recipes that would be perfect.

Cheers,
Callum""", text_only=True))

# j008 -------------------------------------------------------------------------
case(id="j008", contract=K, lang="en", verdict="out_of_scope", deliverable="recipes", state={"recipes": 1, "pack": 0},
     note="Imogen forwards a supermarket buyer's note and asks for two gluten-free recipes with the new buckwheat flour on top of the 12 website recipes sold: extra units (rate card: additional website recipe).",
     msg=Msg("j008", IMOGEN, [ROWAN], (2027, 6, 30, 9, 15, 2), "FW: Hearth & Furrow range review", """\
Hi Rowan,

Good news from Waitrose, see below! Priya is their home baking buyer.

Could you add two recipes with the buckwheat flour, so 14 in total with the other 12? Something like a buckwheat galette and a gluten-free loaf would be ideal. The flour is going into production next month and I'll send you a couple of bags this week.

The batch two recipes can stay as planned.

Thanks,
Imogen""", quote=BUYER_MAIL))

# j009 -------------------------------------------------------------------------
case(id="j009", contract=K, lang="en", verdict="out_of_scope", deliverable="recipes", state={"recipes": 1, "pack": 1},
     note="Imogen asks for the final set of website recipes by 16 July instead of the 30 July agreed in the contract, because the website launch moved: an earlier deadline, a change of terms.",
     msg=Msg("j009", IMOGEN, [ROWAN], (2027, 7, 5, 15, 51, 38), "Website launch moved forward", """\
Hi Rowan,

A bit of a change on our side. The web agency has offered us an earlier launch slot, so the new website goes live on 22 July instead of mid-August.

That means we'd need the final versions of all 12 website recipes by Friday 16 July, so the agency has a few days to load them. I know the contract says 30 July; is that doable?

The allergen sheet can still come at the end of the month as planned.

Thanks so much,
Imogen""", cc=[CALLUM]))

# j010 -------------------------------------------------------------------------
case(id="j010", contract=K, lang="en", verdict="unclear", deliverable="recipes", state={"recipes": 1, "pack": 1},
     note="Callum asks for \"something Christmassy\" with the spelt flour without saying whether it should replace one of the 12 website recipes (a change, with a round left) or come on top of them (a 13th recipe, out of scope).",
     msg=Msg("j010", CALLUM, [ROWAN], (2027, 7, 12, 12, 38, 5), "Christmas idea", """\
Hi Rowan,

Our sales team just pointed out that the range will be in shops from October and the biggest baking weeks of the year are in December. Feels like we're missing a trick.

Could you do something Christmassy with the spelt flour? Stollen, mince pie pastry, a spiced loaf, whatever you think works best. Let me know what you think.

Callum""", text_only=True))

# j011 -------------------------------------------------------------------------
case(id="j011", contract=K, lang="en", verdict="not_a_request", state={"recipes": 2, "pack": 1, "allergens": 0},
     note="An automated remittance advice from the client's accounts team for the second instalment, naming the recipes and the allergen sheet but asking for no work.",
     msg=Msg("j011", ACCOUNTS_HF, [ROWAN], (2027, 8, 6, 6, 30, 0), "Remittance advice - Hearth & Furrow Foods Ltd - payment 2027-0815", """\
REMITTANCE ADVICE

Payee: Rowan Pike Kitchen
Payment reference: 2027-0815
Payment date: 06/08/2027
Method: BACS

Invoice RPK-027   Recipe development, final instalment (12 website recipes, 4 back-of-pack recipes, allergen & nutrition sheet)   GBP 2,700.00

Total paid: GBP 2,700.00

Funds should reach your account within 2 working days. Please quote the payment reference in any query.

This is an automated message from Hearth & Furrow Foods Ltd accounts payable. Replies to this address are not monitored.""",
             extra_headers=["X-Mailer: Xero Payments", "Auto-Submitted: auto-generated"]))

# j012 -------------------------------------------------------------------------
case(id="j012", contract=K, lang="en", verdict="not_a_request", state={"recipes": 2, "pack": 1, "allergens": 0},
     note="Imogen thanks the provider after the launch and shares customer feedback on the recipes and the pack; praise and news, no request.",
     msg=Msg("j012", IMOGEN, [ROWAN], (2027, 9, 14, 16, 5, 47), "The recipes are live!", """\
Hi Rowan,

Just wanted to say a proper thank you. The website went live last week and the rye soda bread is already our most-visited page, with over 3,000 views in five days. One customer emailed to say it was the first bread she'd ever made that her kids asked for again.

The bags with your pack recipes arrived from the printer yesterday and they look gorgeous. I'll post you a couple.

It's been a real pleasure working with you, and I hope we'll do it again next year.

All the best,
Imogen""", cc=[CALLUM]))
