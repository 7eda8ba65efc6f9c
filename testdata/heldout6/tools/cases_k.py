"""Contract K: Kestrel Visual x Haverland Furniture (3D product visualisation, English, EUR)."""
from mailgen import Msg, Quote
from people import *

K = "kestrel-haverland-renders"

Q_CLAY = Quote(OWEN, (2027, 1, 22, 16, 40, 12), to=[SANNE], cc=[PIETER], subject="Haverland SS27 - first packshots", body="""\
Hi Sanne, hi Pieter,

Attached are the first six packshots (Lund chair, Lund armchair, Hale sofa, Hale footstool, Veld coffee table, Veld console) at full resolution. The other six follow next week.

Two rounds of amends are included on the packshots, so group your comments and send them over whenever you are ready. If you ever want extra pieces, the rate card has them at 180 EUR per render.

Best,
Owen""")

Q_SCENES = Quote(OWEN, (2027, 2, 9, 11, 5, 0), to=[SANNE], subject="Room scenes - first pass", body="""\
Hi Sanne,

Here are the three room scenes: living room with the Hale sofa, dining room with the Lund chairs around the Veld table, and the reading corner. Each comes with a 4:5 crop for Instagram.

One round of changes is included on the scenes. Last time you mentioned a fourth scene for the bedroom range; happy to quote it separately.

Owen""")

CASES = []


def case(**kw):
    CASES.append(kw)


# k001 -------------------------------------------------------------------------
case(id="k001", contract=K, lang="en", verdict="in_scope", state={},
     note="Sanne supplies the CAD exports and fabric swatches the packshots are modelled from and asks when the first batch lands: client input and a delivery question for contracted work.",
     msg=Msg("k001", SANNE, [OWEN], (2027, 1, 13, 9, 18, 40), "SS27 CAD files + swatches", """\
Hi Owen,

Good to have you on board for the spring collection!

I've put the STEP exports for all twelve pieces in the shared folder ("SS27_CAD"), plus scans of the three fabrics: oat bouclé, rust corduroy and the charcoal wool. Physical swatches are in the post to Dublin and should reach you by Friday.

Could you tell me roughly when we'll see the first batch of packshots? Our web team wants to plan the product pages around it.

Thanks,
Sanne""", cc=[PIETER]))

# k002 -------------------------------------------------------------------------
case(id="k002", contract=K, lang="en", verdict="revision", deliverable="packshots", state={"packshots": 0},
     note="First set of changes on delivered packshots (leg tone, shadow, crop); the packshots include 2 rounds and none has been used.",
     msg=Msg("k002", PIETER, [OWEN], (2027, 1, 25, 8, 47, 3), "RE: Haverland SS27 - first packshots", """\
Hi Owen,

Good start, the bouclé looks very convincing. A few points from our side, all on the first six:

1. Lund chair and armchair: the oak legs read too orange. They should match the smoked oak sample, closer to a cold brown.
2. The contact shadow under the Veld coffee table is too hard, it looks cut out. Please soften it like on the Hale sofa.
3. Hale footstool: leave more air on the left and right, it is cropped too tight compared with the rest.

Kind regards,
Pieter""", cc=[SANNE], quote=Q_CLAY))

# k003 -------------------------------------------------------------------------
case(id="k003", contract=K, lang="en", verdict="revision", deliverable="scenes", state={"packshots": 1, "scenes": 0},
     note="Sanne asks to swap the rug, move the floor lamp and cool the light in the delivered living-room scene; this changes a contracted deliverable, and the scenes' single round is still unused (the bedroom scene only appears in the quote).",
     msg=Msg("k003", SANNE_IPHONE, [OWEN], (2027, 2, 9, 21, 32, 55), "Re: Room scenes - first pass", """\
Owen these are gorgeous, the reading corner especially.

Living room only, from our merchandising team:
- the striped rug fights with the corduroy, can it be the plain wool one from our range?
- floor lamp to the right of the sofa instead of behind it
- the evening light feels a bit too orange, more like late afternoon please

Dining room and reading corner are perfect as they are.

S.""", bom=True, quote=Q_SCENES))

# k004 -------------------------------------------------------------------------
case(id="k004", contract=K, lang="en", verdict="revision_over_limit", deliverable="turntable",
     state={"packshots": 2, "scenes": 1, "turntable": 0},
     note="Changes to the delivered turntable (start angle, speed, background) while the turntable includes no revision round, so the first change request is already over the limit; the polite tone does not matter.",
     msg=Msg("k004", MAUD, [OWEN], (2027, 3, 3, 14, 12, 30), "Re: Hale sofa turntable", """\
Hi Owen,

Thanks for the turntable, the sofa looks great in motion.

Would it be possible to have it start and end on the front view rather than the three-quarter angle? It also spins a little fast for the loop on our homepage, maybe stretch it so a full turn takes the whole clip. And if the background could be the same warm grey as the packshot studio, that would tie everything together.

All the best,
Maud""", cc=[SANNE], quote=Quote(OWEN, (2027, 3, 2, 17, 20), to=[SANNE, MAUD], subject="Hale sofa turntable", body="""\
Hi Sanne, hi Maud,

Here is the 12-second 360° turntable of the Hale sofa (1080p MP4, link below). Let me know what you think.

Owen""")))

# k005 -------------------------------------------------------------------------
case(id="k005", contract=K, lang="en", verdict="out_of_scope", deliverable="packshots", state={"packshots": 1},
     note="Two extra pieces (a side table and a bench) on top of the twelve packshots sold: more renders than the quantity of 12, priced on the rate card per additional render.",
     msg=Msg("k005", PIETER_QP, [OWEN], (2027, 2, 2, 10, 3, 18), "Two late additions to the SS27 range", """\
Hello Owen,

Management has just confirmed two late additions to the spring range: the Veld side table and the Lund bench. The CAD files are in the shared folder under "late adds".

Please include both in the packshot set, same white background and same hero angle as the others, so we can launch all fourteen together.

Regards,
Pieter""", cc=[SANNE]))

# k006 -------------------------------------------------------------------------
case(id="k006", contract=K, lang="en", verdict="out_of_scope", deliverable="turntable",
     state={"packshots": 2, "scenes": 0},
     note="Asks for the turntable by 19 February, earlier than the 5 March 2027 written in the turntable description: an earlier deadline than agreed.",
     msg=Msg("k006", SANNE, [OWEN], (2027, 2, 11, 13, 55, 7), "Re: Room scenes - first pass", """\
Hi Owen,

Quick change of plans on our side: the Stockholm Furniture Fair stand is confirmed, and we would love to show the Hale sofa spinning on the screen at the booth. Setup is on 20 February, so we would need the turntable file by Friday the 19th at the latest.

I know that's a couple of weeks ahead of what we had planned, but I'm sure you can make it work. Shall I tell the stand builder it's fine?

Sanne""", quote=Q_SCENES, sig_after_quote=True))

# k007 -------------------------------------------------------------------------
case(id="k007", contract=K, lang="en", verdict="unclear", deliverable="packshots", state={"packshots": 1},
     note="Asking to see the Hale sofa 'in the olive bouclé as well' reads either as swapping the fabric on the existing Hale packshot (a revision, rounds left) or as an additional colourway render beyond the twelve sold (out_of_scope); the email does not say which.",
     msg=Msg("k007", SANNE, [OWEN], (2027, 2, 4, 16, 22, 41), "Hale in olive?", """\
Hi Owen,

Our buyer has just added an olive bouclé to the Hale sofa options and everyone here loves it.

Could we get the Hale sofa in the olive as well? Swatch scan attached to the shared folder.

Thanks!
Sanne""", text_only=True))

# k008 -------------------------------------------------------------------------
case(id="k008", contract=K, lang="en", verdict="not_a_request", state={"packshots": 2, "scenes": 1},
     note="Out-of-office auto-reply from Pieter; mentioning the renders and naming a colleague for 'urgent questions about the renders' asks for no work.",
     msg=Msg("k008", PIETER_QP, [OWEN], (2027, 2, 15, 7, 0, 2), "Automatic reply: Packshots - final set", """\
Thank you for your email.

I am out of the office until Monday 22 February with limited access to email. For urgent questions about the renders or the SS27 launch, please contact Sanne de Vries (sanne.devries@haverland.nl).

Kind regards,
Pieter Bakker""", sig="", text_only=True,
             extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))
