"""Contract S: Brightfen Audio x Pocket Lantern Games (game music and sound effects, English contract, USD;
the art director writes in Québec French, the producer and the programmer in English)."""
from mailgen import Msg, Quote
from people import *

K = "brightfen-lanternfall-audio"

Q_SKETCH = Quote(NORA, (2027, 2, 15, 16, 22, 5), to=[JULIE], cc=[SAM], subject="Lanternfall - main theme sketches",
                 body="""\
Hi Julie, hi Sam,

Here are two 40-second sketches for the main menu theme, so we can agree on a direction before I write the full loop:

A - "Lamplight": celesta, pizzicato strings and soft clarinet, playful and a little mysterious.
B - "Long Night": Celtic harp, low whistle and warm pads, slower and more wistful.

Pick one (or tell me what you like in each) and I'll build the full track, then carry the same palette into the Forest and Caves worlds. Sketches don't count as a revision round. And if you ever want a fifth track for the end credits, I can quote it separately.

Nora""")

Q_FOREST = Quote(NORA, (2027, 3, 1, 17, 48, 30), to=[JULIE], subject="Menu theme + Forest loop",
                 body="""\
Hi Julie,

The main menu theme and the Forest world loop are in the Drive (WAV stems + OGG). They loop seamlessly at 1:52 and 1:44.

Two rounds of changes are included on the music, so feel free to gather everyone's notes first.

Nora""")

Q_SFX = Quote(NORA, (2027, 3, 23, 19, 5, 12), to=[JULIE], cc=[KEVIN], subject="SFX pack v1 (40 sounds)",
              body="""\
Hi Julie, hi Kevin,

The full pack of 40 sound effects is in the Drive, named after the asset list (sfx_ui_*, sfx_tile_*, sfx_combo_*, and so on). Everything is 48 kHz / 24-bit WAV.

One round of changes is included on the pack. Happy listening!

Nora""")

Q_BOSS = Quote(NORA, (2027, 4, 12, 10, 30, 0), to=[SAM], cc=[JULIE], subject="Boss battle v3",
               body="""\
Hi Sam,

Boss battle v3 is in the Drive, with Julie's latest notes: shorter build-up, heavier drums, and the choir pad moved down an octave.

Nora""")

Q_STINGERS = Quote(NORA, (2027, 3, 30, 14, 2, 41), to=[JULIE], subject="Stingers",
                   body="""\
Hi Julie,

Here are the three stingers: level complete (4 s), level failed (3.5 s) and new world unlocked (6 s), as WAV and OGG.

Let me know if they work for you!

Nora""")

Q_SFX_V2 = Quote(NORA, (2027, 4, 1, 18, 12, 9), to=[JULIE], cc=[KEVIN], subject="SFX pack v2 + invoice",
                 body="""\
Hi Julie,

The updated SFX pack (v2, with the combo, chest and button click fixes) is in the Drive and replaces v1.

I've also attached the invoice for the second milestone (music and SFX). If you ever need more sounds down the line, extra effects are $40 each.

Nora""")

CASES = []


def case(**kw):
    CASES.append(kw)


# s001 -------------------------------------------------------------------------
case(id="s001", contract=K, lang="en", verdict="in_scope", state={},
     note="Sam supplies the asset list, reference playlist and test build for the contracted music and sound effects and asks when the first music drafts will arrive: client input and a delivery question on covered work.",
     msg=Msg("s001", SAM, [NORA], (2027, 2, 3, 10, 14, 27), "Lanternfall audio - asset list, refs and build", """\
Hi Nora,

Welcome aboard! As promised on the kickoff call, here's everything you need to get going:

- the SFX asset list (tab "Audio_v3" in the shared sheet): 40 rows, each with the event name, the file name we expect (e.g. sfx_tile_match_03.wav) and a max duration
- the reference playlist Julie put together for each of the four tracks (link at the top of the sheet)
- a build of the first 20 levels on TestFlight; the invite went to this address

Could you let us know roughly when you expect to share the first music drafts? I'm blocking time for Julie to review in late February and want to make sure it lines up.

Thanks,
Sam""", cc=[JULIE]))

# s002 -------------------------------------------------------------------------
case(id="s002", contract=K, lang="fr", verdict="in_scope", state={},
     note="Julie choisit l'esquisse B et donne le feu vert pour le thème complet sans rien demander de changer : validation d'une piste prévue au contrat ; la cinquième piste pour le générique n'apparaît que dans le message cité.",
     msg=Msg("s002", JULIE, [NORA], (2027, 2, 17, 11, 3, 48), "Re: Lanternfall - main theme sketches", """\
Salut Nora,

On a écouté les deux esquisses en équipe ce matin, casques sur les oreilles, et c'est unanime : on part avec la B, « Long Night ». La harpe colle parfaitement à notre lanterne qui se promène dans le noir.

Tu peux y aller pour la version complète du thème, et garder cette palette pour la forêt et les grottes, c'est exactement l'ambiance qu'on cherchait.

Merci, c'est vraiment un beau départ !
Julie""", cc=[SAM], quote=Q_SKETCH))

# s003 -------------------------------------------------------------------------
case(id="s003", contract=K, lang="fr", verdict="revision", deliverable="music", state={"music": 0},
     note="Corrections sur la boucle de la forêt livrée (clic au point de boucle, flûte trop présente, percussions trop tôt, tempo) : premier tour sur la musique, qui en compte 2.",
     msg=Msg("s003", JULIE, [NORA], (2027, 3, 2, 16, 40, 11), "Re: Menu theme + Forest loop", """\
Salut Nora,

Le thème du menu, on n'y touche pas, il est parfait.

Pour la boucle de la forêt, on l'a testée en jeu toute la journée hier et on a quelques notes :
- au point de boucle, on entend un petit clic, surtout avec des écouteurs ;
- la flûte est trop en avant, elle cache les sons des tuiles : il faudrait la baisser ou la faire entrer plus tard ;
- les percussions arrivent trop tôt, on aimerait que les 20 premières secondes restent calmes ;
- et si c'est possible, ralentir un peu le tempo, genre 90 au lieu de 96 ?

Merci !
Julie""", quote=Q_FOREST, sig_after_quote=True))

# s004 -------------------------------------------------------------------------
case(id="s004", contract=K, lang="fr", verdict="revision", deliverable="sfx", state={"music": 1, "sfx": 0},
     note="Retouches sur des sons du pack livré (combos trop aigus, coffre, clic des boutons) : premier et seul tour inclus sur les effets sonores, encore disponible.",
     msg=Msg("s004", JULIE_IPHONE, [NORA], (2027, 3, 24, 8, 17, 36), "Re: SFX pack v1 (40 sounds)", """\
Allô Nora,

J'ai tout écouté dans le métro ce matin, c'est super vivant ! Juste quelques affaires :
- les combos 3 à 5 sont trop aigus, ça devient agressant quand on les enchaîne
- le coffre sonne comme une porte de grange, on le voudrait plus "trésor", plus brillant
- le clic des boutons est trop long, il se chevauche quand on tape vite

Le reste, on garde tel quel.
Julie""", cc=[KEVIN], quote=Q_SFX, bom=True))

# s005 -------------------------------------------------------------------------
case(id="s005", contract=K, lang="en", verdict="revision_over_limit", deliverable="music",
     state={"music": 2, "sfx": 1},
     note="More changes to the delivered boss battle track (intro length, brass, loop point) after both included music rounds are used; calling them minor tweaks does not make them free.",
     msg=Msg("s005", SAM_B64, [NORA], (2027, 4, 13, 15, 26, 2), "RE: Boss battle v3", """\
Hi Nora,

Thanks for the quick turnaround. We played v3 in the boss level with the whole team on Friday and we're nearly there, but a few things still bug us:

1. The 8-bar intro before the loop is too long, players skip past it in two seconds. Can we drop it, or cut it to 2 bars?
2. The brass disappears in the second half. It should get bigger, not smaller, when the boss gets angry.
3. The last bar doesn't land back on the loop cleanly, there's a half-beat gap.

Should all be minor tweaks.

Best,
Sam""", cc=[JULIE], quote=Q_BOSS))

# s006 -------------------------------------------------------------------------
case(id="s006", contract=K, lang="fr", verdict="revision_over_limit", deliverable="stingers",
     state={"music": 1, "sfx": 0, "stingers": 0},
     note="Julie veut un jingle d'échec plus taquin et une fin en accord majeur pour le nouveau monde : changements sur les stingers livrés, qui n'incluent aucun tour de retouches.",
     msg=Msg("s006", JULIE, [NORA], (2027, 3, 31, 13, 55, 20), "Re: Stingers", """\
Salut Nora,

Merci pour les trois petits jingles ! Celui de fin de niveau est parfait, on l'adore.

Pour les deux autres, on aurait quelques souhaits :
- le niveau raté est vraiment trop triste, les testeurs ont l'impression d'avoir perdu un proche 😅 Ça serait top s'il était plus taquin, genre un petit « oups » musical.
- le nouveau monde : est-ce qu'on pourrait finir sur un accord majeur plutôt que sur ce suspense ? On veut que le joueur se sente récompensé.

Julie""", quote=Q_STINGERS))

# s007 -------------------------------------------------------------------------
case(id="s007", contract=K, lang="en", verdict="out_of_scope", deliverable="sfx", state={"music": 1},
     note="Twelve new sound events (weather, shop, lantern upgrades) on top of the 40 sound effects sold: more units than the contract's quantity, even if asked as a small addition to the pack.",
     msg=Msg("s007", KEVIN, [NORA], (2027, 3, 10, 18, 41, 57), "New SFX events from sprint 14", """\
Hey Nora,

Kevin here, I'm the one wiring up all your sounds on our side. Loving the Forest track, it's been on repeat in the office.

Heads-up: in the last sprint we added weather and a shop, so there are twelve new events we'll need sounds for. I've put them at the bottom of the asset list in yellow (rain loop, thunder, wind gust, shop open, purchase, coin shower, not enough coins, and five for the new lantern upgrades).

They're all short, so hopefully they can just go in with the rest of the pack?

Cheers,
Kevin""", cc=[JULIE]))

# s008 -------------------------------------------------------------------------
case(id="s008", contract=K, lang="fr", verdict="out_of_scope", state={"music": 1},
     note="Faire enregistrer par une comédienne (ou par Nora) une quinzaine de réactions vocales pour la mascotte, c'est l'exclusion « Voice recording and casting », décrite avec les mots de la cliente et non comme des effets sonores.",
     msg=Msg("s008", JULIE, [NORA], (2027, 3, 5, 15, 12, 4), "Une idée pour Lumi", """\
Salut Nora,

Petite idée qui nous trotte dans la tête depuis la démo de vendredi : Lumi, notre lanterne, est toute muette pour l'instant et ça manque de personnalité.

On aimerait qu'elle réagisse avec des petits sons de bouche : un rire quand on réussit un combo, un « oh-oh » quand on est coincé, un soupir quand le joueur ne fait rien pendant un moment. Une quinzaine de répliques, pas plus.

Tu connais sûrement des comédiennes qui font ça ? Ou peut-être que tu pourrais les enregistrer toi-même dans ton studio ? On te fait confiance pour le choix de la voix.

Bonne fin de semaine !
Julie"""))

# s009 -------------------------------------------------------------------------
case(id="s009", contract=K, lang="en", verdict="out_of_scope", deliverable="sfx", state={"music": 1},
     note="Alongside an approval of the menu theme (in scope), Sam asks for the whole sound effects pack by 19 March instead of the 2 April written in the contract: an earlier deadline, and the most serious request wins.",
     msg=Msg("s009", SAM, [NORA], (2027, 3, 9, 11, 8, 45), "Soft launch moved up", """\
Hi Nora,

Hope Portland is thawing out! Two things from this morning's production meeting.

First, the menu theme is approved as is, no changes. Julie is thrilled with it.

Second, and less fun: our publisher has moved the soft launch in the Philippines and New Zealand forward, so the launch build gets locked on Monday March 22. That means we'd need the complete sound effects pack by Friday March 19 rather than April 2. I realise that's two weeks earlier than planned, but the build can't ship with placeholder sounds.

Can you confirm that works?

Thanks,
Sam""", cc=[JULIE]))

# s010 -------------------------------------------------------------------------
case(id="s010", contract=K, lang="fr", verdict="unclear", deliverable="music", state={"music": 1},
     note="Faire « aussi marcher » la musique des grottes pour de nouveaux niveaux sous l'eau, avec une ambiance différente, peut vouloir dire retoucher la piste livrée (révision, des tours restent) ou en produire une variante en plus des quatre pistes vendues (hors périmètre) : le message ne tranche pas.",
     msg=Msg("s010", JULIE, [NORA], (2027, 3, 18, 10, 26, 33), "Grottes / niveaux sous l'eau", """\
Salut Nora,

Grosse nouvelle de notre côté : la deuxième moitié du monde des grottes se passe maintenant sous l'eau (inondations, bulles, courants, tout le kit).

Est-ce que la musique des grottes pourrait aussi marcher pour ces niveaux-là ? On se dit qu'il faudrait une ambiance un peu différente sous l'eau, plus feutrée, mais on te laisse voir ce qui est possible.

Merci !
Julie""", text_only=True))

# s011 -------------------------------------------------------------------------
DEVLOG_TEXT = """\
LANTERNFALL DEVLOG #9
The Caves, a new friend, and our first soundtrack teaser

Hi lantern-bearers!

It's been a busy month at Pocket Lantern. Here's what's new:

THE CAVES ARE OPEN
World 3 now has 30 playable levels, with crumbling tiles, glow-worms that light the way and a very grumpy mole.

MEET LUMI
Our little lantern finally has a name (thanks to the 2,400 of you who voted!) and a brand-new idle animation.

HEAR THE FOREST
Composer Nora Quinlan of Brightfen Audio has been writing the Lanternfall soundtrack. Listen to 60 seconds of the Forest theme on our website: https://pocketlantern.ca/devlog/9

Pre-register on Google Play and the App Store to get the Golden Wick skin at launch: https://pocketlantern.ca/preregister

Tell us what you think by replying to this email. We read everything!

Pocket Lantern Games · 5445 av. de Gaspé, Montréal QC
You're receiving this because you signed up for the Lanternfall devlog.
Unsubscribe: https://pocketlantern.ca/u/3kTq90ZbWm"""

DEVLOG_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lanternfall devlog #9</title></head>
<body style="margin:0;padding:0;background:#14112b;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#14112b;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#201c40;font-family:Verdana,sans-serif;color:#f4ead5;">
<tr><td style="padding:28px 32px;border-bottom:3px solid #f2b84b;"><img src="https://pocketlantern.ca/img/lanternfall-logo.png" alt="Lanternfall" width="200"><br>
<span style="font-size:12px;color:#f2b84b;">DEVLOG #9</span></td></tr>
<tr><td style="padding:24px 32px;"><h1 style="font-size:24px;margin:0 0 12px;">The Caves, a new friend, and our first soundtrack teaser</h1>
<p style="font-size:15px;line-height:1.5;">Hi lantern-bearers! It's been a busy month at Pocket Lantern. Here's what's new:</p>
<h2 style="font-size:18px;color:#f2b84b;">The Caves are open</h2>
<p style="font-size:15px;line-height:1.5;">World 3 now has 30 playable levels, with crumbling tiles, glow-worms that light the way and a very grumpy mole.</p>
<h2 style="font-size:18px;color:#f2b84b;">Meet Lumi</h2>
<p style="font-size:15px;line-height:1.5;">Our little lantern finally has a name (thanks to the 2,400 of you who voted!) and a brand-new idle animation.</p>
<h2 style="font-size:18px;color:#f2b84b;">Hear the Forest</h2>
<p style="font-size:15px;line-height:1.5;">Composer Nora Quinlan of Brightfen Audio has been writing the Lanternfall soundtrack. <a href="https://pocketlantern.ca/devlog/9" style="color:#f2b84b;">Listen to 60 seconds of the Forest theme</a> on our website.</p>
<p style="text-align:center;"><a href="https://pocketlantern.ca/preregister" style="background:#f2b84b;color:#14112b;padding:12px 24px;text-decoration:none;border-radius:6px;font-weight:bold;">Pre-register and get the Golden Wick skin</a></p>
<p style="font-size:15px;line-height:1.5;">Tell us what you think by replying to this email. We read everything!</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#a79fc4;border-top:1px solid #3a3468;">Pocket Lantern Games &middot; 5445 av. de Gasp&eacute;, Montr&eacute;al QC<br>
You're receiving this because you signed up for the Lanternfall devlog. <a href="https://pocketlantern.ca/u/3kTq90ZbWm" style="color:#a79fc4;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://pocketlantern.ca/t/o/3kTq90ZbWm.gif" width="1" height="1" alt="">
</body></html>"""

case(id="s011", contract=K, lang="en", verdict="not_a_request", state={"music": 2, "sfx": 0},
     note="The studio's devlog newsletter sent to its mailing list; it mentions the soundtrack and invites readers to reply, but asks the composer for no work.",
     msg=Msg("s011", DEVLOG, [Person("", "nora@brightfenaudio.com")], (2027, 3, 26, 12, 0, 0),
             "Lanternfall devlog #9: the Caves, a new friend, and our first soundtrack teaser", "",
             client="bulk", plain_override=DEVLOG_TEXT, html_override=DEVLOG_HTML,
             extra_headers=["List-Unsubscribe: <https://pocketlantern.ca/u/3kTq90ZbWm>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: Lanternfall devlog <devlog.pocketlantern.ca>",
                            "Precedence: bulk"]))

# s012 -------------------------------------------------------------------------
case(id="s012", contract=K, lang="fr", verdict="not_a_request", state={"music": 2, "sfx": 1},
     note="Remerciements pour le pack de sons corrigé et accusé de réception de la facture : aucune demande de travail ; les sons supplémentaires payants ne sont évoqués que dans le message cité.",
     msg=Msg("s012", JULIE_IPHONE, [NORA], (2027, 4, 2, 9, 44, 18), "Re: SFX pack v2 + invoice", """\
Merci Nora !! Les nouveaux combos sont parfaits, Kevin les a déjà intégrés et le coffre fait vraiment "trésor" maintenant.

Facture bien reçue, elle part avec le lot de paiements de mardi.

Belle fin de semaine !
Julie""", quote=Q_SFX_V2))
