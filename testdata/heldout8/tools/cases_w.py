"""Contract W: Ferris Property Media x Brennan & Loft Real Estate (listing photography, drone aerials and
floor plans for an estate agency, English contract, AUD, Brisbane)."""
from mailgen import Msg, Quote, Attachment, Person
import attachments as att
from people import *

K = "ferris-brennanloft-media"

Q_ASHGROVE = Quote(LIAM, (2027, 3, 9, 16, 40, 18), to=[KATE], cc=[JOSH],
                   subject="14 Kirkland Tce, Ashgrove - photos and floor plan", body="""\
Hi Kate,

Ashgrove's done: the 25 edited photos are in the Dropbox folder (web size and full res), along with the floor plan.

Two rounds of edits are included on the photo sets, so send through anything you'd like changed.

Cheers,
Liam""")

Q_HAWTHORNE = Quote(LIAM, (2027, 3, 12, 15, 30, 2), to=[KATE], subject="27 Hawthorne St - photos, aerials, floor plan",
                    body="""\
Hi Kate,

Hawthorne is up in the Dropbox: 25 photos, the 8 aerials with the boundary in your orange, and the floor plan (268 m2 internal).

The river was like glass at 10am, so the aerials came up a treat.

Cheers,
Liam""")

Q_PULLENVALE = Quote(LIAM, (2027, 3, 18, 17, 5, 40), to=[TAYLA], subject="Pullenvale aerials",
                     body="""\
Hi Tayla,

The Pullenvale aerials are in the Dropbox: 8 stills, boundary drawn in your orange. The morning fog lifted just in time.

One round of edits is included on the aerials. If you ever want virtual staging on the empty listings, I can put you in touch with a partner studio.

Cheers,
Liam""")

Q_MOGGILL = Quote(LIAM, (2027, 4, 21, 17, 50, 9), to=[KATE], subject="Moggill Rd aerials",
                  body="""\
Hi Kate,

The 8 aerials for 1180 Moggill Rd are in the Dropbox, with the boundary marked.

Cheers,
Liam""")

VENDOR_MAIL = Quote(VENDOR_HAW, (2027, 4, 19, 20, 12, 55), to=[KATE], subject="Photos of our house", forward=True,
                    body="""\
Hi Kate,

We've had a good look at the photos Liam took on Tuesday. Honestly we're a bit disappointed with the pool area. It looks cold and the water is a funny green colour, which it isn't in real life. The main photo of the pool also has the neighbour's ugly fence in it.

We'd also like the outdoor kitchen photo to be the first one on the website instead of the front of the house.

Can this be fixed before the open home on Saturday?

Regards,
Deb Simmons""")

CASES = []


def case(**kw):
    CASES.append(kw)


# w001 -------------------------------------------------------------------------
case(id="w001", contract=K, lang="en", verdict="in_scope", state={},
     note="Tayla sends the schedule, access details, boundary colour and floor plan template for the first four properties and asks whether horses can stay in the paddock during the drone flight: client input and a question on contracted work.",
     msg=Msg("w001", TAYLA, [LIAM], (2027, 2, 24, 15, 32, 10), "First four shoots - schedule, access and template", """\
Hi Liam,

Great to have you on board for the autumn campaign! Here's what you need for the first four:

- 14 Kirkland Tce, Ashgrove: Mon 8 March, 9am. Vendors home, the dog will be at the neighbours'.
- 27 Hawthorne St, Hawthorne: Wed 10 March, 10am. Lockbox code 4471. Aerials for this one (riverfront).
- 6/118 Oxford St, Bulimba: Thu 11 March, 1pm. Empty, keys at our office.
- 310 Pullenvale Rd, Pullenvale: Tue 16 March, 8am. Five acres, aerials as well.

Our orange for the boundary lines is #F26B21, and the floor plan template is attached (logo bottom right, total area under the title please).

One question from the Pullenvale vendor: does she need to move the horses out of the front paddock while the drone is up, or are they fine where they are?

Thanks,
Tayla""", cc=[KATE], attachments=[Attachment("BL_floorplan_template.png", "image/png", att.png(16, 12, (242, 107, 33)))]))

# w002 -------------------------------------------------------------------------
case(id="w002", contract=K, lang="en", verdict="in_scope", state={},
     note="Josh asks Liam to re-upload the full-resolution Ashgrove photos missing from the shared folder: a request for files the contract already covers.",
     msg=Msg("w002", JOSH_IPHONE, [LIAM], (2027, 3, 10, 8, 5, 44), "Re: 14 Kirkland Tce, Ashgrove - photos and floor plan", """\
Morning Liam,

Went to grab the Ashgrove photos for the signboard but the Full Res folder in the Dropbox is empty, only the web size ones are in there. Can you chuck them back up? Signwriter needs them by Friday.

Thanks mate
Josh""", quote=Q_ASHGROVE))

# w003 -------------------------------------------------------------------------
case(id="w003", contract=K, lang="en", verdict="revision", deliverable="listing-photos",
     state={"listing-photos": 0},
     note="Colour, hero-shot choice, brightness and cropping changes on the delivered Ashgrove photo set: the first of the two rounds included on the listing photos.",
     msg=Msg("w003", KATE, [LIAM], (2027, 3, 11, 10, 15, 27), "RE: 14 Kirkland Tce, Ashgrove - photos and floor plan", """\
Hi Liam,

Thanks for turning Ashgrove around so quickly, the vendors are rapt.

A few changes before it goes live on Friday:
- The kitchen shots are quite warm, almost yellow under the pendants. Can you cool them down so the benchtops read white?
- For the hero shot, we'd rather use the street-side angle with the jacaranda than the one from the driveway.
- Bedroom 2 is a bit dark, please lift it.
- In the main bathroom, can you crop in so the laundry door isn't in frame?

Cheers,
Kate""", cc=[JOSH], quote=Q_ASHGROVE))

# w004 -------------------------------------------------------------------------
case(id="w004", contract=K, lang="en", verdict="revision", deliverable="aerials",
     state={"listing-photos": 1, "aerials": 0},
     note="Moving the boundary line to the creek and making it thicker on the delivered Pullenvale aerials: the single round included on the aerials, still unused.",
     msg=Msg("w004", TAYLA, [LIAM], (2027, 3, 19, 11, 48, 31), "Re: Pullenvale aerials", """\
Hi Liam,

These look amazing, the fog in the valley is something else!

Two things from Kate:
1. On the eastern side the orange line follows the fence, but the lot actually runs about 20 m past it, right down to the creek. Could you move the line so it follows the creek?
2. The line is hard to see on a phone. Could it be a bit thicker, maybe with a thin white edge so it stands out against the trees?

Thanks!
Tayla""", quote=Q_PULLENVALE))

# w005 -------------------------------------------------------------------------
case(id="w005", contract=K, lang="en", verdict="revision_over_limit", deliverable="floor-plans",
     state={"listing-photos": 1, "floor-plans": 0},
     note="Renaming a room, removing furniture outlines and changing the area shown on the delivered Hawthorne floor plan: changes to a deliverable with no revision round; the word furniture here asks for no staging.",
     msg=Msg("w005", KATE_B64, [LIAM], (2027, 3, 15, 9, 10, 36), "RE: 27 Hawthorne St - photos, aerials, floor plan", """\
Hi Liam,

Photos are great, thanks. A few things on the Hawthorne floor plan though, the vendor went through it with a fine-tooth comb over the weekend:
- Please call the downstairs room "Rumpus" rather than "Media", that's how it's been marketed since the pre-launch.
- Take the furniture outlines out altogether. Buyers keep asking if the sectional is included.
- Add the covered deck to the total area. The vendor wants the 312 m² figure on it, not 268.

Can you turn it around today? We're going live tomorrow.

Kate""", quote=Q_HAWTHORNE))

# w006 -------------------------------------------------------------------------
case(id="w006", contract=K, lang="en", verdict="revision_over_limit", deliverable="listing-photos",
     state={"listing-photos": 2, "aerials": 1, "floor-plans": 0},
     note="Kate forwards an unhappy vendor and asks for warmer pool shots, bluer water and a crop on a delivered photo set after both included rounds on the listing photos are used.",
     msg=Msg("w006", KATE, [LIAM], (2027, 4, 20, 9, 35, 12), "FW: Photos of our house", """\
Liam,

See below from the Toowong vendor. Not thrilled, as you can tell.

Can you have another go at the pool and alfresco shots: warmer, the water properly blue, and crop the neighbour's fence out of the main pool photo? I'll change the order on the portal myself.

Before Saturday please, she's already been on the phone to me twice this morning.

Kate""", quote=VENDOR_MAIL))

# w007 -------------------------------------------------------------------------
case(id="w007", contract=K, lang="en", verdict="out_of_scope", state={"listing-photos": 1},
     note="Adding a couch, coffee table, rug and a made-up bed to photos of an empty unit is the excluded virtual staging, described in the agent's own words.",
     msg=Msg("w007", JOSH, [LIAM], (2027, 3, 16, 12, 40, 3), "Bulimba unit - bit bare", """\
Hey Liam,

Bulimba photos came up really well, the river view from the balcony is a cracker.

Problem is the place has been completely empty since the tenants moved out, and buyers just can't picture it. Could you pop a couch, a coffee table and a rug into the two living room shots, and a made-up bed with a couple of side tables in the main bedroom? Nothing fancy, just enough that it looks like someone's home. We'd put "images digitally enhanced" on the listing, obviously.

Cheers,
Josh"""))

# w008 -------------------------------------------------------------------------
case(id="w008", contract=K, lang="en", verdict="out_of_scope", deliverable="listing-photos",
     state={"listing-photos": 1, "aerials": 0},
     note="After the auction news, Kate asks for an eleventh property (photos and floor plan) when the ten sold are all booked: more units than the contract's quantity, with the price left for later.",
     msg=Msg("w008", KATE_1252, [LIAM], (2027, 4, 9, 16, 5, 50), "Ashgrove result + one more", """\
Hi Liam,

Good news first: Ashgrove went under the hammer on Saturday for $1.62m, $140k over reserve, and the vendors told everyone at the auction it was the photos that got people through the door. Drinks are on me next time you’re in New Farm.

We’ve also just signed a lovely old Queenslander on Latrobe Terrace in Paddington, and the owners want it on the market in a fortnight. I know our ten are all spoken for, but could you fit it in next week, same as the others: photos and a floor plan? I'm sure we can sort the numbers out later, let's just get it done.

Have a good weekend,
Kate"""))

# w009 -------------------------------------------------------------------------
case(id="w009", contract=K, lang="en", verdict="out_of_scope", state={"listing-photos": 2, "aerials": 1},
     note="Besides a question on when the Brookfield aerials will arrive (in scope), Tayla asks for a 20 to 30 second fly-over for social media: the excluded drone video, and the most serious request wins.",
     msg=Msg("w009", TAYLA, [LIAM], (2027, 4, 13, 10, 20, 22), "Brookfield aerials + a quick one", """\
Hi Liam,

Brookfield is confirmed for Thursday at 7am, the vendor will leave the gates open for you. When can we expect the aerials from that one? Just so I can book the brochure in with the printer.

And a quick one while you've got the drone up there: could you also grab some moving footage, a slow fly-over from the house out across the paddocks towards the range, 20 to 30 seconds? We'd cut it into a clip for Instagram and Facebook. The vendor saw something like it on another listing and loved it.

Thanks heaps,
Tayla"""))

# w010 -------------------------------------------------------------------------
case(id="w010", contract=K, lang="en", verdict="unclear", state={"listing-photos": 1},
     note="Dusk shots 'like the Ascot listing' for Hamilton could be some of the 25 contracted photos taken during its single shoot scheduled around sunset (in scope) or twilight photos on top of a daytime shoot, needing a second visit (new work); the message does not say which.",
     msg=Msg("w010", JOSH_IPHONE, [LIAM], (2027, 3, 30, 18, 47, 15), "Hamilton", """\
Liam, Hamilton is locked in for Thursday week (8 April). The vendor saw the dusk photos on that Ascot listing down the road, all the lights on and the sky going pink over the pool, and she wants the same for hers. Her words were "at least a few of those". Can we do that?

Cheers
Josh"""))

# w011 -------------------------------------------------------------------------
case(id="w011", contract=K, lang="en", verdict="unclear", deliverable="aerials",
     state={"listing-photos": 2, "aerials": 0},
     note="'Take another look' so the Moggill Road aerials show the pontoon, the whole river frontage and the back paddock could mean re-cropping and re-editing the delivered frames (a revision, one round left) or flying again higher and wider for new photos (new work); the email does not say which.",
     msg=Msg("w011", KATE, [LIAM], (2027, 4, 23, 11, 30, 47), "RE: Moggill Rd aerials", """\
Hi Liam,

The vendor at Moggill Road has been through the aerials and she feels they don't really show what she's selling: you can barely see the pontoon, the full river frontage isn't in any of them, and the back paddock is cut off.

Could you take another look at them and get us something that shows the whole property? She's paying for the premium listing, so I'd like to get this one right.

Thanks,
Kate""", quote=Q_MOGGILL))

# w012 -------------------------------------------------------------------------
NEWS_TEXT = """\
BRENNAN & LOFT REAL ESTATE
Just Listed, Just Sold: April 2027

Hello from New Farm!

Autumn has been kind to sellers in Brisbane's inner west. Here's what's been happening at Brennan & Loft this month.

JUST SOLD
14 Kirkland Terrace, Ashgrove: sold at auction for $1,620,000, $140,000 over reserve, with 9 registered bidders.
27 Hawthorne Street, Hawthorne: sold prior to auction.

JUST LISTED
52 Glen Road, Toowong: 4 bed, 2 bath, pool and outdoor kitchen. Open home Saturday 11:00-11:30.
310 Pullenvale Road, Pullenvale: five acres, creek frontage, horse-ready. Inspection by appointment.
1180 Moggill Road, Pinjarra Hills: riverfront with private pontoon. Expressions of interest.

Our listing photography, aerials and floor plans this season are by Ferris Property Media.

THINKING OF SELLING?
Book a free appraisal with Kate or Josh: https://brennanloft.com.au/appraisal

Brennan & Loft Real Estate Pty Ltd, 88 Merthyr Road, New Farm QLD 4005
You're receiving this because you subscribed at brennanloft.com.au or attended one of our open homes.
Unsubscribe: https://brennanloft.com.au/u/Zr83kPq1Lm"""

NEWS_HTML = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Just Listed, Just Sold: April 2027</title></head>
<body style="margin:0;padding:0;background:#f4f1ec;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f1ec;"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;">
<tr><td style="padding:24px 32px;border-bottom:4px solid #F26B21;"><img src="https://brennanloft.com.au/img/bl-logo.png" alt="Brennan &amp; Loft Real Estate" width="180"></td></tr>
<tr><td style="padding:24px 32px;"><h1 style="font-size:24px;margin:0 0 12px;">Just Listed, Just Sold: April 2027</h1>
<p style="font-size:15px;line-height:1.5;">Hello from New Farm! Autumn has been kind to sellers in Brisbane's inner west. Here's what's been happening at Brennan &amp; Loft this month.</p>
<h2 style="font-size:18px;color:#F26B21;">Just sold</h2>
<p style="font-size:15px;line-height:1.5;"><b>14 Kirkland Terrace, Ashgrove</b>: sold at auction for $1,620,000, $140,000 over reserve, with 9 registered bidders.<br>
<b>27 Hawthorne Street, Hawthorne</b>: sold prior to auction.</p>
<h2 style="font-size:18px;color:#F26B21;">Just listed</h2>
<p style="font-size:15px;line-height:1.5;"><b>52 Glen Road, Toowong</b>: 4 bed, 2 bath, pool and outdoor kitchen. Open home Saturday 11:00&ndash;11:30.<br>
<b>310 Pullenvale Road, Pullenvale</b>: five acres, creek frontage, horse-ready. Inspection by appointment.<br>
<b>1180 Moggill Road, Pinjarra Hills</b>: riverfront with private pontoon. Expressions of interest.</p>
<p style="font-size:13px;color:#6b6b6b;">Our listing photography, aerials and floor plans this season are by Ferris Property Media.</p>
<p style="text-align:center;"><a href="https://brennanloft.com.au/appraisal" style="background:#F26B21;color:#ffffff;padding:12px 24px;text-decoration:none;border-radius:4px;font-weight:bold;">Thinking of selling? Book a free appraisal</a></p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a8a8a;border-top:1px solid #e5e0d8;">Brennan &amp; Loft Real Estate Pty Ltd, 88 Merthyr Road, New Farm QLD 4005<br>
You're receiving this because you subscribed at brennanloft.com.au or attended one of our open homes. <a href="https://brennanloft.com.au/u/Zr83kPq1Lm" style="color:#8a8a8a;">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://brennanloft.com.au/t/o/Zr83kPq1Lm.gif" width="1" height="1" alt="">
</body></html>"""

case(id="w012", contract=K, lang="en", verdict="not_a_request", state={"listing-photos": 2, "aerials": 1},
     note="The agency's monthly listings newsletter, which credits the photographer and names his photos, aerials and floor plans but asks him for no work.",
     msg=Msg("w012", NEWS_BL, [Person("", "liam@ferrispropertymedia.com.au")], (2027, 4, 15, 8, 0, 0),
             "Just Listed, Just Sold: April at Brennan & Loft", "",
             client="bulk", plain_override=NEWS_TEXT, html_override=NEWS_HTML,
             extra_headers=["List-Unsubscribe: <https://brennanloft.com.au/u/Zr83kPq1Lm>",
                            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                            "List-Id: Brennan & Loft news <news.brennanloft.com.au>",
                            "Precedence: bulk"]))
