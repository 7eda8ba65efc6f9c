"""Contract A: Ashby Cartographic x Hartwell Abbey Estate Trust (cartographer and map illustrator drawing a
bird's-eye estate map, five walking trail cards and an accessibility map for a heritage estate in North
Yorkshire; English contract, GBP; the French heritage interpretation officer writes in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "ashby-hartwell-maps"

Q_PENCIL = Quote(ROWAN, (2027, 2, 15, 16, 40, 12), to=[FIONA], cc=[TOM], subject="Estate map: pencil layout",
                 body="""\
Hi Fiona,

The pencil layout of the estate map is in the shared folder (hartwell_estate_pencil_v1.pdf). I've drawn it from the south-east so the abbey church sits in the middle distance with the deer park rising behind it, and left room at the bottom right for the legend and the title cartouche.

It's still rough in places: trees are shorthand, and the lettering is only there to check positions.

Two rounds of changes are included on the estate map (one is usually spent on the layout, one on the colour), so please gather everyone's comments into a single list.

Rowan""")

Q_PALETTES = Quote(ROWAN, (2027, 2, 26, 17, 5, 0), to=[AMELIE], cc=[FIONA], subject="Carte du domaine : deux palettes",
                   body="""\
Bonjour Amélie,

Le crayonné corrigé est encré. Avant la mise en couleur, je vous propose deux palettes (planche jointe) :

A « Bruyère » : violets, vert olive, pierre grise, eau ardoise
B « Automne » : ocres, rouille, vert sapin, eau vert-de-gris

Laquelle préférez-vous ? Et pour le cartouche, le logo du Trust en haut à gauche ou en bas à droite ?

Rowan""")

Q_TRAILS = Quote(ROWAN, (2027, 3, 19, 15, 22, 48), to=[AMELIE], cc=[FIONA], subject="Les cinq cartes de sentier",
                 body="""\
Bonjour Amélie,

Voici les cinq cartes de sentier en PDF (recto : la carte et les balises ; verso : profil, distance et points d'intérêt) : Abbey Loop, Deer Park Walk, Lakeside Path, Beck Woods Trail et Ridge Walk.

Une série de corrections est prévue sur les cartes de sentier : merci de regrouper toutes les remarques de l'équipe dans un seul message.

Rowan""")

Q_COLOUR1 = Quote(ROWAN, (2027, 3, 12, 18, 30, 3), to=[FIONA], cc=[GEOFFREY, AMELIE], subject="Estate map: first colour version",
                  body="""\
Hi Fiona,

The first coloured version of the estate map is in the folder, in the autumn palette Amélie chose. I've kept the layout exactly as agreed after the pencil round.

One round of changes remains on the estate map, so take your time and send me everyone's notes together.

Rowan""")

Q_FINAL = Quote(ROWAN, (2027, 3, 22, 11, 14, 37), to=[FIONA], cc=[GEOFFREY], subject="Estate map: final artwork",
                body="""\
Hi Fiona,

Here's the final coloured artwork with the second round of changes: the lake edge softened, the walled garden glasshouses added, the café moved to the stable yard and the legend in two columns.

That was the second of the two rounds included for the estate map, so this is the version I'll prepare for print: A2 leaflet and A0 welcome board PDFs next week.

Rowan""")

Q_ACCESS = Quote(ROWAN, (2027, 4, 9, 14, 2, 20), to=[FIONA], subject="Accessibility map",
                 body="""\
Hi Fiona,

Attached is the accessibility map: the large-print A4 PDF and the web image, with the alt text in a separate text file.

It was priced without a revision round, so please check it against your access audit before it goes on the website.

Rowan""")

CASES = []


def case(**kw):
    CASES.append(kw)


# a001 -------------------------------------------------------------------------
case(id="a001", contract=K, lang="en", verdict="in_scope", deliverable="estate-map", state={},
     note="Fiona sends the base material for the estate map (OS extract, rangers' GPX files, photos, a list of points of interest, leaflet and board formats) and asks when the pencil layout might be ready: client input and a timing question on contracted work. The acreage, formats and trustees' meeting are context, not a deadline.",
     msg=Msg("a001", FIONA, [ROWAN], (2027, 1, 20, 10, 14, 6), "Base material for the estate map", """\
Hi Rowan,

Lovely to meet you at the abbey last week, and sorry again about the mud in the car park.

As promised, here's everything for the estate map:

- the OS MasterMap extract for the whole estate (340 acres), in the Dropbox folder I've shared with you
- the rangers' GPX files for the five trails, recorded by Tom last autumn
- about sixty photos of the buildings, the bridges and the gate lodge, named by grid square
- the attached list of points of interest, with the wording we'd like in the legend

The leaflet is an A2 sheet folded down to DL (eight panels), and the welcome board at the car park is A0 landscape, so I imagine the artwork has to work at both sizes.

When might we see a pencil layout? Our trustees meet on 24 February and it would be nice to have something to show them, but only if that fits your schedule.

Best wishes,
Fiona""", attachments=[Attachment("Hartwell_points_of_interest.docx",
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 att.docx(["Hartwell Abbey Estate: points of interest for the map legend",
                                           "1. Abbey church and cloister (English Heritage guardianship)",
                                           "2. Chapter house and warming room",
                                           "3. Walled garden and glasshouses",
                                           "4. Deer park (red and fallow deer)",
                                           "5. Lake, boathouse and weir",
                                           "6. Gate lodge and estate office",
                                           "7. Café in the stable yard, toilets, baby change",
                                           "8. Hartwell Beck stepping stones",
                                           "9. Ridge viewpoint and trig point"]))]))

# a002 -------------------------------------------------------------------------
case(id="a002", contract=K, lang="fr", verdict="in_scope", deliverable="estate-map", state={"estate-map": 1},
     note="Amélie choisit la palette B « Automne » parmi les deux proposées par la cartographe, place le logo dans le cartouche et donne le feu vert pour la mise en couleur : un choix entre options prévues et un accord, sans aucune modification demandée. Le brame des cerfs est du contexte.",
     msg=Msg("a002", AMELIE, [ROWAN], (2027, 3, 1, 9, 47, 31), "Re: Carte du domaine : deux palettes", """\
Bonjour Rowan,

On a fait le tour de la question avec Fiona et l'équipe d'accueil vendredi : ce sera la palette B, « Automne ».

La majorité de nos visiteurs viennent en septembre et en octobre pour le brame des cerfs, et les ocres rappellent très bien la pierre de l'abbaye. La palette A est superbe aussi, mais elle fait un peu Écosse.

Pour le cartouche, le logo du Trust en bas à droite, sous le titre.

Vous pouvez lancer la mise en couleur, on a hâte de voir ça !

Belle semaine,
Amélie""", quote=Q_PALETTES, cc=[FIONA]))

# a003 -------------------------------------------------------------------------
case(id="a003", contract=K, lang="en", verdict="revision", deliverable="estate-map", state={},
     note="Fiona sends the team's corrections to the pencil layout of the estate map in one list (car park entrance, lake shape, bird hide, ha-ha, removed footbridge, deer park wall): the first of the two included rounds on the estate map.",
     msg=Msg("a003", FIONA, [ROWAN], (2027, 2, 17, 15, 3, 58), "RE: Estate map: pencil layout", """\
Hi Rowan,

Well, the pencil layout caused quite a stir in the office, in a good way. Tom and I went over it with the volunteers this morning, and here's everything in one go:

1. The car park entrance is off Abbey Lane now, not the main road; the old gateway was closed in 2024.
2. The lake is too round. It's more of a kidney shape, narrowing towards the boathouse (see Tom's photo 14).
3. Please add the bird hide on the north shore, between the boathouse and the weir.
4. The ha-ha below the house has gone missing. Visitors fall into it every summer, so we'd quite like it shown!
5. The footbridge over Hartwell Beck by the old sawmill was taken down last year; the path now crosses at the stepping stones about 100 m upstream.
6. Could the deer park wall be a touch stronger? It's the line most people follow.

Apart from that we love the angle. Seeing the abbey from the south-east was an inspired idea.

Many thanks,
Fiona""", quote=Q_PENCIL, cc=[TOM]))

# a004 -------------------------------------------------------------------------
case(id="a004", contract=K, lang="fr", verdict="revision", deliverable="trail-maps", state={"estate-map": 2, "trail-maps": 0},
     note="Amélie regroupe les corrections de l'équipe sur les cinq cartes de sentier livrées (balises inversées, zone inondable, profil trop raide, banc mal placé, distances en miles) : le seul tour prévu sur les cartes de sentier, encore inutilisé.",
     msg=Msg("a004", AMELIE, [ROWAN], (2027, 3, 22, 14, 26, 9), "Re: Les cinq cartes de sentier", """\
Bonjour Rowan,

Les cinq cartes sont superbes, Tom les a déjà punaisées dans le bureau des rangers. Voici nos remarques, regroupées comme vous l'avez demandé :

– Abbey Loop : les balises 6 et 7 sont inversées, on passe d'abord par le cellier puis par la salle capitulaire.
– Lakeside Path : il faudrait signaler que la portion entre la balise 3 et le hangar à bateaux est inondable en hiver ; un petit pictogramme suffira.
– Ridge Walk : le profil altimétrique paraît bien plus raide que dans la réalité. Est-ce qu'on peut adoucir l'échelle verticale ?
– Beck Woods Trail : le banc à la mémoire de Mrs Ellison est au point 4, pas au point 5.
– Sur les cinq cartes : les distances en miles d'abord, avec les kilomètres entre parenthèses. Nos visiteurs sont surtout britanniques.

Merci encore,
Amélie""", quote=Q_TRAILS, cc=[FIONA]))

# a005 -------------------------------------------------------------------------
case(id="a005", contract=K, lang="en", verdict="revision_over_limit", deliverable="estate-map", state={"estate-map": 2, "trail-maps": 0},
     note="After the provider delivered the final artwork and said both included rounds on the estate map were used, the chair of trustees asks for bigger ruins, a herd of deer, a bluer lake and a memorial bench: a third round of changes on the estate map. His complaint about internal sign-off does not change the count.",
     msg=Msg("a005", GEOFFREY, [ROWAN], (2027, 3, 25, 22, 8, 44), "Re: Estate map: final artwork", """\
Dear Rowan,

I have only now had the chance to look properly at the map, and I must say the trustees were not shown the later versions before they were approved, which is a matter I shall be raising internally.

Some things need attention before anything goes to the printer:

- The abbey ruins are far too small for what is, after all, the reason people come. They should be at least half as large again.
- The deer are barely visible. A small herd in the foreground of the park would be more fitting.
- The lake looks grey on my screen. It ought to be a proper blue.
- The Pell memorial bench at the ridge viewpoint is missing.

I appreciate that Fiona considers the map final, but I should be grateful if you would make these corrections.

Yours sincerely,
Geoffrey Pell""", quote=Q_FINAL, cc=[FIONA]))

# a006 -------------------------------------------------------------------------
case(id="a006", contract=K, lang="en", verdict="revision_over_limit", deliverable="access-map", state={"estate-map": 2, "trail-maps": 1, "access-map": 0},
     note="Fiona passes on the access panel's wishes for the delivered accessibility map (amber instead of red with gradients written, bigger bench symbols, a thicker main route, surfaces in words): changes to a deliverable that includes no revision round, over the limit at the first request.",
     msg=Msg("a006", FIONA, [ROWAN], (2027, 4, 12, 9, 31, 17), "RE: Accessibility map", """\
Hi Rowan,

Thanks for this. We ran it past our access panel on Saturday (three wheelchair users, a mum with a double buggy, and Ken, who is partially sighted) and they had a few thoughts:

- The red for the steep sections reads as "no entry". Could it be amber instead, with the gradient written beside it (1:10 and so on)?
- The bench symbol is too small at A4; Ken couldn't make it out at all.
- Could the route from the Blue Badge bays to the café be drawn thicker, as it's the one almost everybody uses?
- The surface key would be clearer in words ("compacted gravel", "grass", "tarmac") than as hatching.

Sorry to come back with a list. Could you send an updated version when you get a moment?

Fiona""", quote=Q_ACCESS))

# a007 -------------------------------------------------------------------------
case(id="a007", contract=K, lang="en", verdict="out_of_scope", state={"estate-map": 1},
     note="The head ranger asks the cartographer to come and walk the diverted section of the Ridge Walk with GPS kit and measure it: field survey, which the contract excludes (the provider works from the Trust's GPX files), asked as a half-day favour.",
     msg=Msg("a007", TOM, [ROWAN], (2027, 3, 2, 7, 52, 26), "Ridge Walk diversion", """\
Morning Rowan

Bit of a snag with the Ridge Walk. The farmer next door wants the path off his field edge, so from waymark 5 up to the trig point it now cuts through the larch plantation instead. My GPX from last autumn is no use for that bit and the new line isn't on any map yet.

Any chance you could come up one day next week and walk the new section with your GPS kit and measure it up properly? I'll show you round, and there's a bacon roll in it. Half a day at most I reckon.

Cheers
Tom""", cc=[FIONA]))

# a008 -------------------------------------------------------------------------
case(id="a008", contract=K, lang="fr", verdict="out_of_scope", state={"estate-map": 2, "trail-maps": 0},
     note="Amélie demande une carte de chasse aux œufs à colorier pour les enfants (A4, dix cachettes, personnages) pour les vacances de Pâques : un nouveau livrable, absent du contrat (une carte du domaine, cinq cartes de sentier, une carte d'accessibilité). L'impression par le Trust et la date du 2 avril sont du contexte.",
     msg=Msg("a008", AMELIE, [ROWAN], (2027, 3, 10, 16, 18, 2), "Une idée pour Pâques", """\
Bonjour Rowan,

Une idée qui nous trotte dans la tête pour les vacances de Pâques : une chasse aux œufs dans le jardin clos et le verger, avec une carte pour les enfants.

Quelque chose de très simple : format A4, en noir et blanc pour qu'ils puissent la colorier, avec dix cachettes numérotées et deux ou trois personnages (un lapin, un moine, le paon du jardin clos).

Comme vous connaissez déjà le domaine par cœur, ce serait formidable si vous pouviez nous la dessiner. On l'imprimerait nous-mêmes sur la photocopieuse du bureau. Il nous la faudrait pour le 2 avril, début des vacances scolaires.

Dites-moi ce que vous en pensez !

Amélie""", text_only=True))

# a009 -------------------------------------------------------------------------
case(id="a009", contract=K, lang="en", verdict="out_of_scope", deliverable="trail-maps", state={"estate-map": 1},
     note="Fiona asks for a sixth trail card (the Hermit's Cave path, reopening after a grant) to join the set: more trail cards than the five sold. The grant, distance and GPX are context.",
     msg=Msg("a009", FIONA, [ROWAN], (2027, 3, 8, 12, 40, 15), "Hermit's Cave path", """\
Hi Rowan,

Good news from the trustees' meeting: our National Lottery Heritage Fund grant came through, so the Hermit's Cave path can finally reopen this summer once the rockfall netting is in.

Could we add it to the trail cards, so there's a sixth card in the set? Same style as the others please: waymarks, distance and the little gradient profile. It's a short one, about 1.2 miles from the lake car park up to the cave and back, and Tom has the GPX.

It would be lovely if all six could go to the printer together.

Best wishes,
Fiona"""))

# a010 -------------------------------------------------------------------------
case(id="a010", contract=K, lang="en", verdict="unclear", deliverable="estate-map", state={"estate-map": 1},
     note="The chair of trustees would like the estate map to have 'more of that feeling' of a 1787 estate plan and asks what might be possible: either period touches (compass rose, lettering, tree style) within the remaining round on the estate map (revision), or a full redraw in an antique style, new artwork beyond the contract (out of scope). A clarifying question is needed.",
     msg=Msg("a010", GEOFFREY, [ROWAN], (2027, 3, 14, 18, 25, 51), "Re: Estate map: first colour version", """\
Dear Rowan,

Thank you for the coloured map, which Fiona kindly forwarded to the trustees.

It is very accomplished, but I keep feeling that something of the place is missing. In the library we have an estate plan of 1787 by a surveyor called Josiah Whitlow, with the ruins drawn in elevation, a great compass rose and those little round trees, and visitors stand in front of it for ages.

I wonder whether our map could have more of that feeling, something more in keeping with the long history of Hartwell.

Would you give it some thought and tell me what might be possible?

Yours sincerely,
Geoffrey Pell""", quote=Q_COLOUR1))

# a011 -------------------------------------------------------------------------
case(id="a011", contract=K, lang="en", verdict="not_a_request", state={"estate-map": 2, "trail-maps": 1, "access-map": 0},
     note="Fiona's out-of-office auto-reply; it names the trail cards, the estate map and the welcome board but asks for no work.",
     msg=Msg("a011", FIONA_AUTO, [ROWAN], (2027, 4, 16, 11, 3, 9), "Automatic reply: Trail cards: print files", """\
Thank you for your email. I'm on annual leave until Monday 26 April and will not be checking my messages.

For anything about the trail cards, the estate map or the welcome board, please contact Amélie Rousseau (amelie.rousseau@hartwellabbey.org.uk). For the ranger team, please ring the estate office on 01765 600 400.

Fiona Kerr
Visitor Experience Manager, Hartwell Abbey Estate Trust""", sig="",
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# a012 -------------------------------------------------------------------------
case(id="a012", contract=K, lang="fr", verdict="not_a_request", state={"estate-map": 2, "trail-maps": 1, "access-map": 0},
     note="Amélie envoie une photo du panneau d'accueil posé et remercie la cartographe ; elle parle du dépliant et des cartes de sentier épuisées à l'accueil, mais ne demande aucun travail.",
     msg=Msg("a012", AMELIE_IPHONE, [ROWAN], (2027, 5, 20, 17, 44, 38), "Le panneau est posé !", """\
Bonjour Rowan,

Je voulais vous envoyer cette photo avant qu'on croule sous les visiteurs du week-end férié de fin mai : le grand panneau d'accueil est posé sur le parking depuis mardi, et il y a déjà des gens qui se font prendre en photo devant.

Les dépliants sont arrivés de chez l'imprimeur la semaine dernière, et les cartes de sentier ont un succès fou à l'accueil : les deux cents exemplaires de l'Abbey Loop sont partis en dix jours.

Un grand merci pour tout, c'était un vrai plaisir de travailler avec vous. Fiona vous embrasse, et Tom aussi, même s'il ne le dira jamais.

Amélie""", attachments=[Attachment("IMG_4471.jpeg", "image/jpeg", att.JPEG)]))
