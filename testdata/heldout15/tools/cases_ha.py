"""Contract HA: Whitcombe Indexing x Tamarisk Press (freelance back-of-book indexer making the subject
index and the index of manuscript sources of a history book, and the recipe index of a cookbook, for an
Edinburgh non-fiction publisher; English contract, GBP; the cookbook's French author writes in French)."""
from mailgen import Msg, Quote, Attachment
import attachments as att
from people import *

K = "whitcombe-tamarisk-indexing"

Q_PROOFS_ACK = Quote(ORLA, (2027, 5, 18, 8, 55, 10), to=[FIONA], subject="RE: The Salt Roads – first proofs for indexing",
                     body="""\
Dear Fiona,

Proofs downloaded and style sheet noted, thank you. I've blocked out the next four weeks for Hugh's book, and I'm on course for 18 June as agreed.

Yes please to Hugh's key terms: an author's list is always useful, if only to see what he thinks the book is about.

Best wishes,
Orla""")

Q_SALT_DRAFT = Quote(ORLA, (2027, 6, 17, 16, 20, 44), to=[FIONA, HUGH], subject="The Salt Roads: index",
                     body="""\
Dear Fiona, dear Hugh,

Attached are the subject index for The Salt Roads (13 pages at two columns, so just inside the limit) and the short index of manuscript sources, both as Word files.

Two rounds of changes are included on the subject index, so please gather your comments, and Callum's if he has any, into one list for each round. The sources index was quoted without a round, so do check it carefully now.

With best wishes,
Orla""")

Q_SALT_V2 = Quote(ORLA, (2027, 6, 23, 11, 2, 9), to=[HUGH, FIONA], subject="The Salt Roads: index",
                  body="""\
Dear Hugh,

Here is the revised subject index with your five points: Droitwich broken into six subentries, brine pits merged into brine shafts with a cross-reference, 'salt, table' gone, 'see also wich towns' under Cheshire, and Lord Delamere brought together under Booth, George, 1st Baron Delamere.

That was the first of the two rounds included on the subject index; one remains.

Best,
Orla""")

Q_SALT_V3 = Quote(ORLA, (2027, 7, 2, 15, 47, 31), to=[FIONA], cc=[HUGH], subject="The Salt Roads: index, second round",
                  body="""\
Dear Fiona,

The subject index with Hugh's second round is attached: the canal entries consolidated, the Cheshire and Worcestershire wich towns made parallel, and the thirty-odd single-locator subentries folded back into their main headings. It is now exactly 14 pages.

That was the second of the two rounds included, so this is the version for the typesetter.

Orla""")

Q_RECIPE = Quote(ORLA, (2027, 7, 16, 17, 10, 3), to=[MARGAUX], cc=[CALLUM], subject="Corrie Farm Kitchen : index des recettes",
                 body="""\
Dear Margaux,

The recipe index for Corrie Farm Kitchen is attached. All 96 recipes appear under their title, their main ingredient and their course, and the French titles are also entered under their English subtitle.

One round of changes is included, so please send me your comments and Callum's together.

Bien amicalement,
Orla""")

CASES = []


def case(**kw):
    CASES.append(kw)


# ha001 ------------------------------------------------------------------------
case(id="ha001", contract=K, lang="en", verdict="in_scope", deliverable="salt-index", state={},
     note="The managing editor sends the material for the contracted subject index (the 352 pages of first proofs, the house style sheet, the 14-page limit, where the notes begin) and asks whether the indexer wants the author's key terms and whether 18 June still suits: client input and questions about covered work. The proofreader reading the same pages is context, not a request for proofreading.",
     msg=Msg("ha001", FIONA, [ORLA], (2027, 5, 17, 9, 42, 18), "The Salt Roads – first proofs for indexing", """\
Dear Orla,

I hope you're well. The first proofs of The Salt Roads came in from the typesetter this morning, so here we are, bang on schedule for once.

- The full set of proofs (352 pages, PDF) is on the WeTransfer link below; it expires in seven days.
- Our house style sheet for indexes is attached: word-by-word alphabetisation, Mc filed as spelled, page ranges elided to the fewest figures (112–14), and no entries for the endnotes unless a note carries substantive text.
- The limit is 14 pages at two columns. The text runs to p. 336; pp. 337–352 are notes, bibliography and picture credits.

Annie Gow is proofreading the same pages in parallel, so please don't feel you have to mark anything up. If something glaring jumps out at you, a short list at the end is more than enough.

Two questions: Hugh has offered a list of the terms he considers key, would that be useful to you? And can you confirm that 18 June still works on your side?

https://we.tl/t-Qm7SaltRoads352

Many thanks,""", attachments=[Attachment("Tamarisk_index_style_sheet_2027.docx",
                                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       att.docx(["Tamarisk Press - house style for indexes (2027)",
                                                 "Alphabetisation: word-by-word. Mc and Mac filed as spelled.",
                                                 "Page ranges: elide to the fewest figures (112-14, 101-9, but 11-19).",
                                                 "Subentries: run-on style, in page order where chronology matters.",
                                                 "Cross-references: see and see also in italics, at the end of the entry.",
                                                 "Illustrations: locators in bold italics. Notes: n. after the page number."]))]))

# ha002 ------------------------------------------------------------------------
case(id="ha002", contract=K, lang="en", verdict="out_of_scope", deliverable="salt-index", state={},
     note="The managing editor asks for the subject index by Friday 4 June instead of 18 June, the delivery date written in the salt-index deliverable, to catch an earlier printing slot before a book festival: an earlier deadline than agreed is a change of terms. The author's key-terms list is only attached as help.",
     msg=Msg("ha002", FIONA, [ORLA], (2027, 5, 26, 14, 8, 51), "RE: The Salt Roads – first proofs for indexing", """\
Hi Orla,

An awkward one, I'm afraid. Our printer in Glasgow has had a cancellation and can give us a slot that would put finished copies of The Salt Roads in the warehouse before the Borders Book Festival, where Hugh is on the main stage. To take it, the typesetter needs the index by Friday 4 June rather than the 18th.

I know that's a fortnight earlier than we agreed, and that you've planned your weeks around the 18th. Is there any way you could manage it? If it helps at all, Hugh's list of key terms is attached.

Best wishes,""", quote=Q_PROOFS_ACK,
             attachments=[Attachment("Ashdown_key_terms.docx",
                                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     att.docx(["The Salt Roads - terms the author considers key",
                                               "wich towns; brine shafts; open-pan works; salt duty; Salters' Company;",
                                               "packhorse ways; Weaver Navigation; rock salt; lump salt; salt officers"]))]))

# ha003 ------------------------------------------------------------------------
case(id="ha003", contract=K, lang="en", verdict="out_of_scope", state={},
     note="The commissioning editor asks the indexer to mark up the typos ('literals') in chapters 7 to 14 in place of the off-sick proofreader and to make the spelling of place names consistent through the text: proofreading and copy-editing, which the contract excludes (it only lists errors noticed in passing as a courtesy). The offer to discuss a fee confirms it is extra work; no exclusion keyword like 'proofread' is used.",
     msg=Msg("ha003", CALLUM, [ORLA], (2027, 6, 2, 10, 31, 7), "Salt Roads: a favour while you're in the pages", """\
Hi Orla,

Callum here, Hugh's editor. Fiona tells me you're deep in The Salt Roads at the moment, which makes you the person who knows the text best right now (me included).

Annie has gone off sick and her read is only half done. Rather than bring someone new in at this stage, would you be willing to mark up any literals you come across in chapters 7 to 14 as you go? And while you're at it: Hugh is maddeningly inconsistent with his place names (Northwich / North Wich, Droitwich / Droitwich Spa, Middlewich / Middle Wich). If you could make them agree throughout on the PDF, that would save us a great deal of pain at second proofs.

Happy to talk about a fee, of course.

All best,
Callum""", cc=[FIONA]))

# ha004 ------------------------------------------------------------------------
case(id="ha004", contract=K, lang="en", verdict="revision", deliverable="salt-index", state={"salt-index": 0, "sources-index": 0},
     note="The author sends his comments on the delivered subject index in one list (split Droitwich into subentries, merge brine pits into brine shafts, drop a heading, add a cross-reference, bring the two Delamere entries together): the first of the two rounds included on the subject index.",
     msg=Msg("ha004", HUGH, [ORLA], (2027, 6, 21, 8, 12, 40), "Re: The Salt Roads: index", """\
Dear Orla,

Thank you. This is a handsome piece of work, and it has already reminded me of things in my own book I had forgotten writing. Fiona asked me to put all my points in one message, so here they are:

1. Droitwich has 41 undivided page references. Could it be broken into subentries (the brine springs, the Salters' Company, the canal, the lawsuits of the 1690s)?
2. 'Brine pits' and 'brine shafts' are the same thing in my usage. Please merge them under 'brine shafts', with a cross-reference from pits.
3. 'Salt, table' points to four passing mentions. I would drop it altogether.
4. Under Cheshire, please add 'see also wich towns'.
5. Lord Delamere appears twice, once as 'Booth, George' and once as 'Delamere, Lord'. They are the same man.

Everything else I am very happy with.

Yours ever,
Hugh""", quote=Q_SALT_DRAFT, cc=[FIONA], sig_after_quote=True))

# ha005 ------------------------------------------------------------------------
case(id="ha005", contract=K, lang="en", verdict="revision_over_limit", deliverable="sources-index", state={"salt-index": 1, "sources-index": 0},
     note="The author asks for the delivered index of manuscript sources to be rearranged by record office with full shelfmarks, and for the Worcester entries to be split: changes to the sources index, which was sold without a revision round, so the first change request is over the limit. The 'one round left' in the quoted mail concerns the subject index, not this one.",
     msg=Msg("ha005", HUGH, [ORLA], (2027, 6, 24, 21, 36, 2), "Re: The Salt Roads: index", """\
Orla,

One more thing, on the little index of manuscript sources this time rather than the main one.

At the moment it is arranged county by county. The people who use it will be the ones going to the archives, so it would be far more useful arranged by record office, with the shelfmarks given in full (CRO DDX 412/3 rather than 'Cheshire RO, Delves papers'). Could you rearrange it that way? And the Worcester entries need splitting between the Hive and the cathedral library, which are quite different places to visit.

Hugh""", quote=Q_SALT_V2, text_only=True, sig=""))

# ha006 ------------------------------------------------------------------------
case(id="ha006", contract=K, lang="en", verdict="unclear", deliverable="salt-index", state={"salt-index": 1, "sources-index": 1},
     note="A full-page map has gone in facing p. 187 and the typesetter says chapters 9 to 11 have 'moved about a bit', by an unknown amount; the editor asks the indexer to make sure the index 'still holds up'. If pages were re-flowed, updating the locators is explicitly excluded (out of scope); if it means checking the index and perhaps adding the new plate, it is a change in the one remaining round on the subject index (revision). The extent of the re-flow has to be asked first.",
     msg=Msg("ha006", FIONA, [ORLA], (2027, 6, 28, 16, 3, 25), "RE: The Salt Roads: index", """\
Hi Orla,

Thank you for the revised index, Hugh is delighted with it.

One complication. Hugh has finally had permission for the 1780 map of the Cheshire wich towns, and it has gone in as a full-page plate facing p. 187. Raj at the typesetter says chapters 9 to 11 have "moved about a bit" as a result, although he hasn't told me by how much yet.

Could you look over the index with that in mind and make sure it still holds up before it goes to him?

Best,""", quote=Q_SALT_V2, cc=[HUGH]))

# ha007 ------------------------------------------------------------------------
case(id="ha007", contract=K, lang="en", verdict="revision_over_limit", deliverable="salt-index", state={"salt-index": 2, "sources-index": 1},
     note="After the indexer delivered the second round and called it the typesetter's version, the editor relays three more changes from the author (re-file the Salters' Company, a new 'taxation' heading, 'women in the salt trade' as a main heading): a third round on the subject index, which includes two. That the length does not change and the typesetter can wait does not give a round back.",
     msg=Msg("ha007", FIONA, [ORLA], (2027, 7, 5, 9, 20, 16), "RE: The Salt Roads: index, second round", """\
Hi Orla,

I'm sorry to come back to you on this yet again. Hugh read the index over the weekend "for pleasure", which is always dangerous, and he has a handful more:

– the Salters' Company should be filed under "Worshipful Company of Salters", with a cross-reference from Salters;
– the entries for the salt duty of 1702 and the repeal of 1825 should be gathered under a new heading, "taxation";
– he'd like "women in the salt trade" as a heading in its own right rather than a subentry under "labour".

I know we've had our two rounds. None of this changes the length, and Raj doesn't need the file until the 12th. Could you possibly squeeze them in?

Fiona""", quote=Q_SALT_V3, sig=""))

# ha008 ------------------------------------------------------------------------
case(id="ha008", contract=K, lang="fr", verdict="in_scope", deliverable="recipe-index", state={"salt-index": 3, "sources-index": 1},
     note="L'autrice du livre de cuisine envoie les épreuves finales (96 recettes, comme prévu), des indications utiles pour l'index des recettes (recettes de base, titres gardés en français) et demande si le 20 juillet est tenable : des éléments fournis pour un livrable prévu et une question de délai compatible avec le contrat (dix jours ouvrés, au plus tard le 30 juillet). L'édition française est citée comme contexte, sans rien demander.",
     msg=Msg("ha008", MARGAUX, [ORLA], (2027, 7, 6, 7, 54, 31), "Épreuves Corrie Farm Kitchen", """\
Bonjour Orla,

Fiona m'a demandé de vous envoyer directement les épreuves finales du livre, les voici (lien Dropbox en bas, 248 pages). Il y a bien les 96 recettes, je les ai recomptées deux fois !

Quelques infos qui pourront vous servir :
– les recettes de base (fonds, pâtes, beurre noisette) sont dans le chapitre « The Larder », p. 212 à 231, et beaucoup d'autres recettes y renvoient ;
– j'ai gardé quelques titres en français (pain perdu, clafoutis, pot-au-feu), avec un sous-titre en anglais ;
– l'édition française sort chez un éditeur de Rodez au printemps, mais ça c'est une autre histoire.

Vous pensez pouvoir livrer l'index pour quand ? Fiona parle du 20 juillet, c'est tenable pour vous ?

https://www.dropbox.com/sh/cfk96/CorrieFarm_final_proofs.pdf

Merci mille fois,
Margaux"""))

# ha009 ------------------------------------------------------------------------
case(id="ha009", contract=K, lang="fr", verdict="out_of_scope", deliverable="recipe-index", state={"salt-index": 3, "sources-index": 1},
     note="L'autrice annonce que le chapitre des conserves revient dans le livre, soit 18 recettes de plus (114 au total), et demande de les intégrer à l'index pour la même date : le contrat couvre un index de 96 recettes, c'est donc plus d'unités que vendu. L'imprimeur et les seize pages sont du contexte.",
     msg=Msg("ha009", MARGAUX_MAC, [ORLA], (2027, 7, 12, 18, 27, 44), "Corrie Farm Kitchen : un chapitre de plus", """\
Bonjour Orla,

Petit changement de dernière minute, et je suis désolée de vous l'annoncer maintenant : Callum a adoré le chapitre des conserves que j'avais retiré l'an dernier faute de place, et comme l'imprimeur nous accorde finalement seize pages de plus, il revient dans le livre. Cela fait 18 recettes de plus (chutneys, pickles, confitures de la ferme), donc 114 en tout.

Je vous envoie les nouvelles pages demain matin. Est-ce que vous pourrez les ajouter à l'index avec le reste, pour la même date ?

Bien à vous,""", cc=[CALLUM]))

# ha010 ------------------------------------------------------------------------
case(id="ha010", contract=K, lang="fr", verdict="unclear", deliverable="recipe-index", state={"salt-index": 3, "sources-index": 1, "recipe-index": 0},
     note="L'autrice trouve l'index des recettes livré trop « annuaire » et voudrait le rendre « plus vivant, avec les saisons et les occasions » : soit ajouter des rubriques de saison et d'occasion dans l'index existant, dans le seul tour de modifications prévu (revision), soit un second index par saison et par occasion, un livrable que le contrat ne prévoit pas (out_of_scope). Il faut lui demander ce qu'elle entend.",
     msg=Msg("ha010", MARGAUX, [ORLA], (2027, 7, 17, 11, 5, 12), "Re: Corrie Farm Kitchen : index des recettes", """\
Merci Orla, c'est du beau travail, et rapide !

En le lisant dans le train ce matin, je me suis dit que l'index ressemble un peu à un annuaire. Mes lecteurs, eux, ouvrent le livre en se demandant quoi faire avec ce qu'il y a dans le panier, ou pour un dimanche de pluie avec des amis. Est-ce qu'on pourrait le rendre plus vivant, avec les saisons et les occasions, un peu comme dans les livres de Diana Henry ?

Je ne sais pas du tout si c'est compliqué, dites-moi ce que vous en pensez.

Margaux""", quote=Q_RECIPE, bom=True))

# ha011 ------------------------------------------------------------------------
case(id="ha011", contract=K, lang="fr", verdict="revision", deliverable="recipe-index", state={"salt-index": 3, "sources-index": 1, "recipe-index": 0},
     note="L'autrice envoie en une seule liste ses corrections sur l'index des recettes livré (une entrée « coings », le Cullen skink sous le haddock, supprimer « sel », une erreur de page, fusionner desserts et puddings) : le seul tour de modifications inclus sur l'index des recettes, encore inutilisé.",
     msg=Msg("ha011", MARGAUX_MAC, [ORLA], (2027, 7, 19, 9, 48, 2), "Re: Corrie Farm Kitchen : index des recettes", """\
Bonjour Orla,

J'ai relu l'index des recettes avec Callum hier soir. Voici nos corrections, toutes ensemble comme vous l'avez demandé :

1. La tarte aux coings n'apparaît qu'à « tarts » : il faudrait aussi une entrée « quinces ».
2. Le Cullen skink doit figurer sous « haddock, smoked », c'est l'ingrédient principal.
3. Supprimez les renvois à « salt » : il y en a dans toutes les recettes, ça n'aide personne.
4. Le pain perdu est à « pain perdu » et à « French toast », gardons les deux, mais il y a une coquille dans le numéro de page de la seconde entrée (58 au lieu de 85).
5. Regroupez « desserts » et « puddings » sous « puddings », c'est ce qu'on dit ici.

Merci encore, et à très vite,""", quote=Q_RECIPE, cc=[CALLUM]))

# ha012 ------------------------------------------------------------------------
case(id="ha012", contract=K, lang="en", verdict="not_a_request", state={"salt-index": 3, "sources-index": 1, "recipe-index": 1},
     note="The author thanks the indexer when the finished copies arrive, praises the index and promises a mention in the paperback's acknowledgements; he names index headings but asks for no work.",
     msg=Msg("ha012", HUGH, [ORLA], (2027, 8, 2, 12, 40, 58), "Finished copies!", """\
Dear Orla,

The first finished copies of The Salt Roads arrived this morning, and the first thing I did, before even smelling the paper, was turn to the back. It is a joy. My brother-in-law, a retired librarian and a hard man to please, looked up Droitwich and the women of the salt trade and pronounced the index "proper", which from him is a knighthood.

Tamarisk will be sending you your two copies, but I wanted to thank you myself. I shall make sure your name is in the acknowledgements when the paperback comes round.

With warm thanks,
Hugh""", cc=[FIONA]))
