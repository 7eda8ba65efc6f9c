"""Contract HC: Atelier Aubanel x Villa Oyana SAS (independent perfumer in Grasse creating the signature scent of a
hotel and spa in Biarritz: three olfactory directions, development of the chosen one into the final formula, its
version for cold-air diffusion in three zones of the hotel and the regulatory file; French contract, EUR). The
English owner writes in English from Outlook (UTF-8, base64) and her iPhone; the general manager writes in French
from Outlook (iso-8859-1) and his iPhone; the spa manager writes in French from Outlook (iso-8859-1), once as an
out-of-office reply."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "aubanel-oyana-parfum"

Q_PISTES = Quote(CAPUCINE, (2027, 6, 29, 18, 3, 27), to=[FIONA, INAKI], subject="Vos trois pistes olfactives",
                 body="""\
Bonjour Fiona, bonjour Iñaki,

Les trois pistes sont parties hier par Chronopost, en flacons de 5 ml avec une dizaine de mouillettes chacune. La note d'intention est jointe :

1. « Tamaris » : fleur de tamaris, lin lavé, pierre chaude ;
2. « Embruns » : sel, feuille de figuier, bois flotté ;
3. « Villa » : iris, hortensia, cèdre.

Portez-les plusieurs jours et sentez-les à différentes heures. Un tour d'ajustement est prévu sur la piste retenue avant que je ne lance le développement.

Capucine""")

Q_ESSAI1 = Quote(CAPUCINE, (2027, 8, 27, 11, 42, 8), to=[FIONA, INAKI], cc=[CORALIE], subject="Essai n°1 du parfum de la villa",
                 body="""\
Bonjour à tous,

L'essai n°1 du parfum signature est parti ce matin : trois flacons de 30 ml, un pour le hall, un pour le bureau de Fiona, un pour le spa.

Vaporisez-le le matin et regardez comment il tient dans la journée. Deux tours de modifications sont prévus sur le parfum : rassemblez vos remarques en un seul message.

Capucine""")

Q_ESSAI3 = Quote(CAPUCINE, (2027, 9, 28, 17, 20, 45), to=[FIONA, INAKI], subject="Essai n°3",
                 body="""\
Bonjour Fiona,

Voici l'essai n°3, avec votre deuxième série de remarques : l'attaque encore adoucie, davantage de sel en tête et le fond boisé allongé pour qu'il tienne la journée.

C'était le deuxième et dernier tour de modifications prévu au contrat. Si cet essai vous convient, je fige la formule et je lance l'adaptation pour la diffusion.

Capucine""")

Q_DEVIS = Quote(CAPUCINE, (2027, 10, 4, 10, 12, 30), to=[FIONA], cc=[INAKI], subject="Re: Essai n°3",
                body="""\
Bonjour Fiona,

Je comprends tout à fait, et je serais ravie de retravailler la figue. Comme les deux tours prévus ont été utilisés, un tour supplémentaire serait facturé 540 euros HT, et la validation de la formule passerait au 22 octobre au lieu du 15.

Dites-moi ce que vous décidez.

Capucine""")

Q_ARCHI = Quote(ARRIETA, (2027, 10, 19, 9, 2, 14), to=[FIONA, INAKI], subject="Villa Oyana - date de réception des travaux",
                forward=True, body="""\
Madame, Monsieur,

Suite à la réunion de chantier de ce matin, je vous confirme que les entreprises termineront les lots du spa et des étages le 29 octobre. La réception des travaux pourra avoir lieu le 2 novembre, ce qui vous permet d'envisager une ouverture dès le samedi 6 novembre.

Le compte rendu détaillé suivra en fin de semaine.

Bien cordialement,
Jon Arrieta
Arrieta Architectes""")

Q_REGLAGES = Quote(CAPUCINE, (2027, 11, 22, 18, 30, 2), to=[FIONA, INAKI], subject="Réglages de la diffusion",
                   body="""\
Bonjour Fiona, bonjour Iñaki,

J'ai repris les réglages à distance ce matin. Pour le 2e étage, le diffuseur fonctionnait bien : c'était son cycle, resté sur 2 minutes toutes les 20 minutes. Il est maintenant aligné sur les autres étages, et j'en ai profité pour baisser un peu le spa le soir.

C'était le tour de réglages inclus sur la diffusion.

Capucine""")

CASES = []


def case(**kw):
    CASES.append(kw)


# hc001 ------------------------------------------------------------------------
case(id="hc001", contract=K, lang="en", verdict="in_scope", deliverable="pistes", state={},
     note="A week after signing, the owner sends the hotel's scent brief (attached .docx) with its main points, what to avoid, and asks roughly when the three directions will arrive because the general manager wants to smell them in person: input and a question about the contracted olfactory directions.",
     msg=Msg("hc001", FIONA, [CAPUCINE], (2027, 6, 9, 17, 30, 22), "Our scent brief", """\
Dear Capucine,

It was lovely to meet you in Grasse last week, and Iñaki still talks about the smelling session in your studio.

As promised, attached is our brief, which the team put together over two evenings. The short version:
- the villa was built in 1893 for a Bordeaux wine merchant, and we want guests to feel the ocean and the garden, not "a hotel";
- the garden has tamarisks, an old fig tree and a great many hydrangeas;
- the words that came up most often were salt, linen, warm stone and late afternoon;
- please, nothing sweet or powdery. The scent at the last hotel I ran was heavy on vanilla and guests complained of headaches.

Could you also tell us roughly when we can expect the three directions? Iñaki is away from 14 to 25 June and would very much like to smell them in person.

Warm regards,""", cc=[INAKI],
             attachments=[Attachment("Villa Oyana - scent brief.docx",
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     att.docx(["Villa Oyana - scent brief (June 2027)",
                                               "The house: built 1893, garden of tamarisks, fig tree, hydrangeas.",
                                               "Mood: salt, linen, warm stone, late afternoon light.",
                                               "Avoid: vanilla, sweet or powdery notes, oud.",
                                               "Where: lobby and reception, spa, corridors."]))]))

# hc002 ------------------------------------------------------------------------
case(id="hc002", contract=K, lang="fr", verdict="revision", deliverable="pistes", state={"pistes": 0},
     note="Le directeur général choisit la piste 2 « Embruns » et demande trois réglages avant le développement (moins de feuille de figuier au départ, plus de sel, un fond plus doux et moins fumé). Choisir une piste serait in_scope, mais les changements demandés sur la piste retenue sont le tour d'ajustement inclus, encore inutilisé.",
     msg=Msg("hc002", INAKI_IPHONE, [CAPUCINE], (2027, 7, 5, 22, 48, 16), "Re: Vos trois pistes olfactives", """\
Bonsoir Capucine,

Fiona et moi avons porté les trois pistes pendant une semaine, et nous avons même fait sentir les mouillettes à l'équipe de la réception. Verdict unanime : la 2, « Embruns ».

Quelques réglages avant que vous ne partiez sur le développement :
- la feuille de figuier prend un peu trop de place au départ, on a l'impression de croquer une feuille ;
- on aimerait davantage de sel, presque minéral, comme la plage de la Côte des Basques un matin d'hiver ;
- et le fond boisé plus doux, moins fumé. Fiona trouve qu'il rappelle un feu de cheminée.

La 3 était très belle aussi, mais trop « parfum de soirée » pour un hall.

Bonne soirée,
Iñaki""", quote=Q_PISTES, bom=True))

# hc003 ------------------------------------------------------------------------
case(id="hc003", contract=K, lang="en", verdict="out_of_scope", state={"pistes": 1},
     note="The owner gives the go-ahead for the development (in scope) and then asks the perfumer to make a pillow and linen mist in about forty 100 ml bottles for the housekeeping trolleys, that does not mark white cotton, and for a price: producing sprays and bottled products is excluded (Production et produits dérivés). The most serious request wins.",
     msg=Msg("hc003", FIONA, [CAPUCINE], (2027, 7, 12, 10, 15, 40), "Embruns, and a housekeeping idea", """\
Dear Capucine,

Thank you for the adjusted Embruns, which arrived on Friday. We are both very happy with it, so please go ahead with the development as planned.

One more idea, from our head of housekeeping, which I rather like: at turndown, the team would lightly mist the pillows and the bath linen with our scent, so that guests find it again in their room in the evening. We would need it in 100 ml bottles for the trolleys, about forty to start with, and in a version that doesn't mark white cotton.

Is that something you could make for us, and at what price?

Warm regards,"""))

# hc004 ------------------------------------------------------------------------
case(id="hc004", contract=K, lang="fr", verdict="not_a_request", state={"pistes": 1},
     note="Réponse automatique d'absence de la responsable du spa, envoyée par Outlook en réponse au message de la parfumeuse sur le planning des essais : elle est absente jusqu'au 15 août et donne d'autres contacts. Aucune demande (en-tête Auto-Submitted).",
     msg=Msg("hc004", CORALIE, [CAPUCINE], (2027, 7, 27, 9, 3, 11), "Réponse automatique : Planning des essais pour le parfum", """\
Bonjour,

Je suis absente du 26 juillet au 15 août inclus, sans accès à ma messagerie.

Pour toute question concernant le spa (soins, réservations, planning des cabines), merci de contacter Manon Irigoyen à l'adresse reservations.spa@villa-oyana.fr ou au 05 59 55 40 19.

Pour une urgence, la réception de l'hôtel reste joignable 24 h/24 au 05 59 55 40 12.

Bien cordialement,""", extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]))

# hc005 ------------------------------------------------------------------------
case(id="hc005", contract=K, lang="en", verdict="revision", deliverable="signature", state={"pistes": 1, "signature": 0},
     note="After four days with the first trial of the signature scent, the owner asks for three changes (a softer, less peppery opening, more staying power, the linen note brought forward): changes to the delivered trial, the first of the two rounds included on the signature scent.",
     msg=Msg("hc005", FIONA, [CAPUCINE], (2027, 9, 2, 18, 40, 5), "RE: Essai n°1 du parfum de la villa", """\
Dear Capucine,

We've lived with essai 1 for four days now, in the lobby, the library and my office. It is beautiful and it is very much us, so please take all of this as fine-tuning:

1. The opening is too loud. For the first ten minutes after spraying it is almost peppery, then it settles into something wonderful.
2. It doesn't last. By lunchtime the lobby smells of nothing; Iñaki thinks we lose it within two hours.
3. Could the linen come forward a little? It's there, but only if you put your nose on the blotter.

Iñaki agrees with all three points, and the reception team especially with number 2.

Warm regards,""", quote=Q_ESSAI1, cc=[INAKI]))

# hc006 ------------------------------------------------------------------------
case(id="hc006", contract=K, lang="fr", verdict="out_of_scope", state={"pistes": 1, "signature": 1},
     note="Le directeur général demande à la parfumeuse de transmettre la formule, avec les pourcentages, au ciergier de Bayonne qui veut en faire 200 bougies pour la boutique : la formule reste la propriété de l'atelier et sa remise à un tiers est exclue (Cession de la formule), tout comme la production de bougies. Ni « cession » ni « droits » n'apparaissent.",
     msg=Msg("hc006", INAKI, [CAPUCINE], (2027, 9, 8, 11, 32, 50), "Bougies pour la boutique", """\
Bonjour Capucine,

Une question qui nous vient de la boutique.

Nous travaillons depuis des années avec un ciergier de Bayonne, la Ciergerie Lartigue, qui fabrique les bougies que nous vendons à la réception. Quand nous lui avons parlé du parfum de la villa, il nous a proposé d'en faire une bougie pour Noël, 200 pièces pour commencer. Il lui faudrait simplement la formule, avec les pourcentages, pour commander les matières premières chez son fournisseur.

Pourriez-vous la lui transmettre dès qu'elle sera validée ? Je vous mets ses coordonnées ci-dessous.

Ciergerie Lartigue - M. Bixente Lartigue
bixente@ciergerie-lartigue.fr - 05 59 55 71 30

Bien à vous,""", cc=[FIONA]))

# hc007 ------------------------------------------------------------------------
case(id="hc007", contract=K, lang="fr", verdict="unclear", deliverable="signature", state={"pistes": 1, "signature": 1},
     note="La responsable du spa trouve l'essai n°2 trop présent dans les cabines de soin et demande « quelque chose de plus doux pour le spa », en laissant la parfumeuse juger. Lectures possibles : retoucher le parfum signature lui-même (révision, il reste un tour), créer une variante propre au spa (autre création olfactive, exclue : out_of_scope), ou simplement régler plus bas la zone spa lors de l'adaptation pour la diffusion (in_scope). Il faut lui demander ce qu'elle attend.",
     msg=Msg("hc007", CORALIE, [CAPUCINE], (2027, 9, 17, 16, 5, 29), "Le parfum au spa", """\
Bonjour Madame Aubanel,

Je me présente : Coralie Dastugue, responsable du spa. Fiona m'a confié un flacon de l'essai n°2 pour que je le teste dans nos espaces cette semaine.

Dans le hall, il est superbe. Au spa, en revanche, plusieurs praticiennes le trouvent un peu trop présent pour des soins de 60 à 90 minutes, dans des cabines de 12 m² sans fenêtre. Les clientes sont allongées, les yeux fermés, et c'est là qu'on a besoin de la plus grande douceur.

Serait-il possible d'avoir quelque chose de plus doux pour le spa ? Je vous laisse juger de la meilleure façon de faire.

Bien cordialement,""", cc=[FIONA]))

# hc008 ------------------------------------------------------------------------
case(id="hc008", contract=K, lang="en", verdict="revision_over_limit", deliverable="signature",
     state={"pistes": 1, "signature": 2},
     note="The perfumer sent essai 3 as the second and last included round; the owner relays her father's wish to bring back some milky fig in the heart and make it slightly less salty, and acknowledges it is beyond what was agreed: a third round of changes on the signature scent, which includes two.",
     msg=Msg("hc008", FIONA_IPHONE, [CAPUCINE], (2027, 10, 1, 19, 20, 33), "Re: Essai n°3", """\
Capucine, we're nearly there, truly. But our chairman (my father, who owns 40% of the hotel and has opinions) smelt essai 3 yesterday and thinks it's missing the fig we loved so much in the first directions. Could you bring a little of it back in the heart? Not the leafy green part, more the milky side. And he found it slightly too salty now, which I know is the opposite of what we asked for in July. Sorry!

I'm aware this is beyond what we agreed. Let me know what's possible before the 15th.

Fiona""", quote=Q_ESSAI3, bom=True))

# hc009 ------------------------------------------------------------------------
case(id="hc009", contract=K, lang="fr", verdict="in_scope", deliverable="documentation",
     state={"pistes": 1, "signature": 3},
     note="Le directeur général renonce au tour supplémentaire chiffré par la parfumeuse, valide l'essai n°3 tel quel et demande le certificat IFRA et la fiche de données de sécurité de la version diffusion pour le registre de sécurité : une validation et une demande de documents prévus au contrat. La figue et le tour payant ne sont cités que pour y renoncer.",
     msg=Msg("hc009", INAKI, [CAPUCINE], (2027, 10, 8, 9, 15, 3), "RE: Essai n°3", """\
Bonjour Capucine,

Après en avoir discuté hier soir avec Fiona et son père, nous restons sur l'essai n°3 tel quel. Il fait l'unanimité auprès des équipes et nous ne voulons pas prendre de retard : vous pouvez considérer la formule comme validée, et ne pas donner suite au tour supplémentaire pour la figue.

Pour la suite, notre responsable sécurité me demande les documents à joindre au registre avant la mise en service des diffuseurs : le certificat IFRA et la fiche de données de sécurité de la version diffusion. Pourrez-vous nous les faire parvenir en même temps que les réglages ?

Merci encore pour votre patience.

Bien à vous,""", quote=Q_DEVIS, cc=[FIONA]))

# hc010 ------------------------------------------------------------------------
case(id="hc010", contract=K, lang="en", verdict="out_of_scope", deliverable="diffusion",
     state={"pistes": 1, "signature": 3},
     note="The owner forwards the architect's note (addressed to the hotel) that the works finish early, and asks for the three diffusion zones set up, tuned and tested by Wednesday 3 November for an opening on 6 November: the diffusion version is contracted by 15 November 2027, also the contract's deadline, so an earlier date is a change of terms. Offering to book the train does not change that.",
     msg=Msg("hc010", FIONA, [CAPUCINE], (2027, 10, 19, 12, 10, 48), "FW: Villa Oyana - date de réception des travaux", """\
Capucine,

Good news from our architect, see below: the builders finish early, and we've decided to open on Saturday 6 November instead of 1 December. Bookings are already coming in.

That changes things for the diffusion. We'll need the three zones set up, tuned and tested by Wednesday 3 November at the latest, so the team has a couple of days with it before the first guests arrive. Can you make that work? I'm happy to book your train and hotel for whichever days you need.

Best,""", quote=Q_ARCHI, cc=[INAKI]))

# hc011 ------------------------------------------------------------------------
case(id="hc011", contract=K, lang="fr", verdict="unclear", deliverable="diffusion",
     state={"pistes": 1, "signature": 3, "diffusion": 0},
     note="Quelques jours après la mise en place, le directeur signale qu'on ne sent rien dans le couloir du 2e étage (hall, spa et autres étages parfaits) et demande « vous pouvez regarder ? ». Lectures possibles : un réglage de la zone des couloirs à reprendre (révision, le tour de réglages est encore inutilisé), un diffuseur en panne ou une cartouche vide (matériel exclu : out_of_scope), ou une simple vérification de la mise en place livrée (in_scope). Il faut d'abord savoir d'où vient le problème.",
     msg=Msg("hc011", INAKI_IPHONE, [CAPUCINE], (2027, 11, 16, 8, 35, 20), "Couloir du 2e", """\
Bonjour Capucine,

Petit retour après quelques jours : hall et spa, c'est parfait. Mais au deuxième étage, dans le couloir, on ne sent absolument rien, même en collant le nez contre la grille. Au premier et au troisième, aucun souci.

Vous pouvez regarder ?

Iñaki"""))

# hc012 ------------------------------------------------------------------------
case(id="hc012", contract=K, lang="en", verdict="revision_over_limit", deliverable="diffusion",
     state={"pistes": 1, "signature": 3, "diffusion": 1},
     note="After a month open, the owner asks the perfumer to redo the lobby settings (stronger in the morning, lighter in the afternoon, off from midnight to 6 am) and lighten the third-floor corridors: changes to the delivered diffusion settings, whose one included round the perfumer used in November (her quoted email says so). TripAdvisor praise is context.",
     msg=Msg("hc012", FIONA, [CAPUCINE], (2027, 12, 7, 17, 55, 37), "RE: Réglages de la diffusion", """\
Dear Capucine,

We've now had a full month open and I wanted to pass on what guests are saying. Overall it's a triumph: three TripAdvisor reviews mention the scent by name!

The one recurring complaint is the lobby at check-in time. Between 3 and 6 pm, with the doors opening and closing all the time, the team turns the diffuser up, and people arriving after a long drive find it overpowering. Could you redo the lobby settings so it's stronger in the morning and lighter in the afternoon, and have it stop completely between midnight and 6 am? The spa is fine.

Also, the corridors on the 3rd floor could be a touch lighter. Can you do all this remotely, as last time?

Warm regards,""", quote=Q_REGLAGES, cc=[INAKI]))
