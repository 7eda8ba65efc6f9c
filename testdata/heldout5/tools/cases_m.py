"""Contract M: Kestrel Motion x Paylark Technologies (motion design, English, EUR)."""
from mailgen import Msg, Quote, Attachment
from people import *
import attachments as att

K = "kestrel-paylark-motion"

Q_FRAMES = Quote(LENA, (2026, 10, 9, 16, 48, 12), to=[AOIFE], cc=[CONOR],
                 subject="Paylark explainer – style frames", body="""\
Hi Aoife, hi Conor,

Attached is the style frame board: three key scenes (sign-up, splitting a bill, the savings pot filling up) in two directions.

- Direction A "Ledger": flat shapes, mint and ink, lots of negative space, thin line icons.
- Direction B "Pocket": rounded 3D-ish objects, soft gradients, a little coin character that guides the viewer.

Once you pick a direction I move on to the animatic. One round of changes is included on the frames, so do bundle your notes together.

Best,
Lena

--
Lena Vogt · Kestrel Motion
kestrelmotion.studio""")

Q_ANIM_V1 = Quote(LENA, (2026, 11, 4, 18, 5, 40), to=[AOIFE, CONOR],
                  subject="Explainer – full animation v1", body="""\
Hi both,

Full animation v1 is up on Frame.io (password as before). Voice track and the stock music bed are mixed in, subtitles burnt in for review only; the .srt comes with the master.

You used the first round of changes on the animatic, so one round is left on the explainer.

Lena""")

Q_CUTDOWNS_V2 = Quote(LENA, (2026, 11, 30, 10, 12, 3), to=[AOIFE], cc=[CONOR],
                      subject="Paylark cut-downs – v2", body="""\
Hi Aoife,

Here are the four vertical cut-downs, v2, with the hooks you rewrote and the captions moved up out of the TikTok UI zone.

That was the included round on the cut-downs, so these are ready to go. I'll export the final files on Thursday unless I hear otherwise.

Lena

> On 24 Nov 2026, at 09:41, Aoife Brennan <aoife.brennan@paylark.io> wrote:
>
> Love them. Could we also get a 60-second LinkedIn version with our CEO talking to camera? We can film him in the office.""")

CASES = []


def case(**kw):
    CASES.append(kw)


# h001 -------------------------------------------------------------------------
case(id="h001", contract=K, lang="en", verdict="in_scope", state={},
     note="Aoife picks direction B from the style frame board as presented and tells Lena to start the animatic: a go-ahead for contracted work, no change requested.",
     msg=Msg("h001", AOIFE, [LENA], (2026, 10, 12, 10, 17, 33),
             "Re: Paylark explainer – style frames", """\
Hi Lena,

We had the whole marketing crew look at the board on Friday afternoon and it wasn't even close: Pocket it is. The little coin guy got a round of applause from the product team, which never happens.

So please go ahead with direction B exactly as it is and start on the animatic whenever you're ready. Conor will send the final script by Wednesday.

Thanks a million,
Aoife""", cc=[CONOR], quote=Q_FRAMES, sig_after_quote=True))

# h002 -------------------------------------------------------------------------
case(id="h002", contract=K, lang="en", verdict="revision", deliverable="styleframes",
     state={"styleframes": 0},
     note="Changes asked on the delivered style frames (dark-mode phone screen, replace the coins, warmer background on frame 3); one round is included on 'styleframes' and none is used yet.",
     msg=Msg("h002", CONOR, [LENA], (2026, 10, 13, 14, 22, 9),
             "RE: Paylark explainer – style frames", """\
Hi Lena,

Thanks for the board, really strong work. We're leaning towards Ledger, but a few things before we sign it off:

1. On the phone in frame 1, can the app screen be in dark mode? That's what 70% of our users see.
2. The stacks of coins in frame 2 feel a bit "crypto bro". Could they become a plain debit card sliding between two phones?
3. Frame 3's background is quite cold – maybe bring in some of the warm sand from our brand book.

All three notes in one go, so hopefully that's the lot.

Cheers,
Conor""", cc=[AOIFE], quote=Q_FRAMES))

# h003 -------------------------------------------------------------------------
case(id="h003", contract=K, lang="en", verdict="revision", deliverable="explainer",
     state={"styleframes": 1, "explainer": 1},
     note="Timing and wording changes on the first full animation of the explainer (card flip, merchant name, end logo hold); 'explainer' includes 2 rounds and only the animatic round is used.",
     msg=Msg("h003", AOIFE_IPHONE, [LENA], (2026, 11, 6, 21, 3, 48),
             "Re: Explainer – full animation v1", """\
Lena, watched it three times on the sofa, it's gorgeous.

Our notes from today's review:
- the card flip around 0:22 goes by too fast, nobody could read the "Payment sent" label
- the merchant in the coffee scene says "Coffee Co", it should be "Bean There" (one of our launch partners)
- hold the end logo a couple of seconds longer before the fade

That's everything from our side. Thank you!
Aoife""", bom=True, quote=Q_ANIM_V1))

# h004 -------------------------------------------------------------------------
case(id="h004", contract=K, lang="en", verdict="revision_over_limit", deliverable="lottie",
     state={"styleframes": 1, "explainer": 2, "cutdowns": 1, "lottie": 0},
     note="Change asked on a delivered onboarding animation (shorter confetti, mint instead of yellow); 'lottie' includes no revision round (revisions = 0), so the first change request is already over the limit.",
     msg=Msg("h004", CONOR_B64, [LENA], (2026, 12, 3, 11, 40, 27),
             "RE: Onboarding animations – JSON files", """\
Hi Lena,

The devs dropped the three JSON files into the staging build this morning and they run beautifully, even on the old Android test phone.

One thing from the product review: the confetti on the "first payment sent" screen runs for about three seconds and people start tapping before it ends. Could you cut it down to roughly 1.5 s and swap the yellow pieces for our mint (#3DDC97)?

Thanks,
Conor""", quote=Quote(LENA, (2026, 12, 2, 17, 25), to=[CONOR], cc=[AOIFE],
                      subject="Onboarding animations – JSON files", body="""\
Hi Conor,

Attached are the three onboarding animations as Lottie JSON (account created, card linked, first payment sent), plus the fallback GIFs.

They're built at 60 fps and weigh under 40 KB each.

Lena""")))

# h005 -------------------------------------------------------------------------
case(id="h005", contract=K, lang="en", verdict="revision_over_limit", deliverable="cutdowns",
     state={"styleframes": 1, "explainer": 2, "cutdowns": 1},
     note="New changes to the delivered cut-downs (bigger captions on #3, a different opening line on #1) after the single included round on 'cutdowns' was used for v2; the CEO video only appears in the quoted history.",
     msg=Msg("h005", AOIFE, [LENA], (2026, 12, 1, 8, 52, 14),
             "Re: Paylark cut-downs – v2", """\
Morning Lena,

I know we already had our go at these, sorry. Two small things came up when our social person previewed them on her phone:

- on cut-down #3 the captions are too small to read on a phone held at arm's length, can they be a good bit bigger?
- #1 should open on "Split it in two taps" rather than the savings line, it tested much better in our poll.

Shouldn't take long I hope!
Aoife""", quote=Q_CUTDOWNS_V2, text_only=True, sig_after_quote=True))

# h006 -------------------------------------------------------------------------
case(id="h006", contract=K, lang="en", verdict="out_of_scope", deliverable="cutdowns",
     state={"styleframes": 1, "explainer": 2},
     note="A fifth vertical cut-down (YouTube Shorts, savings pots) exceeds the 4 cut-downs sold (quantity = 4 on 'cutdowns'); an additional cut-down is on the rate card.",
     msg=Msg("h006", AOIFE, [LENA], (2026, 11, 25, 15, 30, 2),
             "Cut-downs: YouTube Shorts", """\
Hi Lena,

Quick one. Our growth team has just decided to give YouTube Shorts a proper go in December, so alongside the four verticals for Instagram, TikTok and LinkedIn, could you squeeze out one more? Ideally it would focus only on the savings pots part of the explainer, 15 seconds like the others.

If it can come in the same batch that would be perfect.

Thanks!
Aoife""", cc=[CONOR]))

# h007 -------------------------------------------------------------------------
case(id="h007", contract=K, lang="en", verdict="out_of_scope", deliverable="explainer",
     state={"styleframes": 1, "explainer": 0},
     note="Alongside animatic notes (a revision with rounds left), Conor asks for the final master by 13 November, earlier than the 20 November written in the 'explainer' description: a change of terms, the most serious verdict wins.",
     msg=Msg("h007", CONOR, [LENA], (2026, 10, 30, 9, 14, 51),
             "RE: Explainer animatic", """\
Hi Lena,

Animatic looks great. Notes from the team:
- scene 2: the bill-split should show three people, not two
- cut the "bank-grade security" shot a bit shorter, it drags

Bigger news, and I'm sorry to drop this on you: our investor day has been pulled forward, and the board wants to show the finished explainer there. We'd need the final master in our hands by Friday 13 November instead of the 20th. Is that doable on your side?

Cheers,
Conor""", cc=[AOIFE], quote=Quote(LENA, (2026, 10, 28, 18, 30), to=[CONOR, AOIFE],
                                  subject="Explainer animatic", body="""\
Hi Conor, hi Aoife,

The animatic is ready for review (link below). It's rough on purpose: timing, camera moves and the voice track, no final rendering yet.

https://f.io/pl-animatic-v1

Lena""")))

# h008 -------------------------------------------------------------------------
case(id="h008", contract=K, lang="en", verdict="unclear",
     state={"styleframes": 1, "explainer": 2},
     note="'A version of the explainer for the App Store listing' can mean exporting the delivered master to App Store preview specs (covered by 'explainer', in_scope) or a new, shorter edit built around the app screens (new work, out_of_scope): scope can't be told.",
     msg=Msg("h008", CONOR, [LENA], (2026, 11, 24, 16, 5, 37),
             "Explainer for the App Store", """\
Hi Lena,

Our iOS listing gets refreshed in December and the App Store team say a preview video lifts installs quite a bit.

Could we get a version of the explainer for the App Store listing? I'm honestly not sure what Apple requires in terms of length and format, so tell me what you'd suggest.

Thanks,
Conor""", cc=[AOIFE]))

# h009 -------------------------------------------------------------------------
case(id="h009", contract=K, lang="en", verdict="in_scope",
     state={"styleframes": 1},
     note="Conor supplies client input for contracted work: the recorded voice track (which the client provides) and the app screens for the explainer; 'recording session' is only a description of their own recording, not a request.",
     msg=Msg("h009", CONOR, [LENA], (2026, 10, 21, 12, 48, 19),
             "Voice track and app screens for the explainer", """\
Hi Lena,

As promised, here's everything you need from us for the explainer:

- the voice track from our recording session on Monday (final take, 72 seconds) – WeTransfer link: https://we.tl/t-pl7Vq2xKs
- the latest app screens for the sign-up, split-bill and savings pot scenes (attached)

Shout if anything is missing or the wrong size.

Best,
Conor""", cc=[AOIFE], attachments=[Attachment("signup_dark.png", "image/png", att.png(12, 24, (18, 24, 38))),
                                   Attachment("savings_pot.png", "image/png", att.png(12, 24, (61, 220, 151)))]))

# h010 -------------------------------------------------------------------------
case(id="h010", contract=K, lang="en", verdict="not_a_request",
     state={"styleframes": 1, "explainer": 2},
     note="A question about when the second instalment is invoiced; 'explainer' is named but no work is asked.",
     msg=Msg("h010", RAVI, [LENA], (2026, 11, 23, 13, 2, 44),
             "Second instalment – explainer", """\
Dear Lena,

I'm preparing our payment run for December. Could you confirm whether your second instalment (40%) is invoiced on delivery of the explainer master or only once we have approved it? I'd like to make sure it is budgeted in the right month.

Kind regards,
Ravi""", text_only=True))
