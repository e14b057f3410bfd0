"""The context-decided confusion rules (grammar.confusables.*) as a user meets them: the
issue's examples and their corrections, the sample article, curly apostrophes, and that
the tagger is asked only about sentences with a trigger word."""

from __future__ import annotations

import pytest
from tagger_calls import tagger_calls

from conftest import SAMPLE
from copylint.config import Settings, StyleSettings
from copylint.engine import Linter
from copylint.grammar.confusables import RULES
from copylint.readers import parse

ONLY = Settings(enable=tuple(r.id for r in RULES), disable=("ALL",), style=StyleSettings(packs=()))


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(ONLY)


def _found(linter: Linter, text: str) -> list[tuple[str, str]]:
    doc = parse(text, "a.txt", "body")
    return [(i.rule.rsplit(".", 1)[1], text[i.offset:i.end_offset]) for i in linter.lint(doc, ONLY)]


@pytest.mark.parametrize(("bad", "good", "rule", "span"), [
    ("The council would effect funding for schools.", "The council would affect funding for schools.",
     "affect", "effect"),
    ("The mayor, who lead the city's recovery, resigned.", "The mayor, who led the city's recovery, resigned.",
     "lead", "lead"),
    ("The affect of the cuts was clear.", "The effect of the cuts was clear.", "affect", "affect"),
    ("Their going to appeal, the lawyer said.", "They're going to appeal, the lawyer said.", "their", "Their"),
    ("The hospital hired less nurses this year.", "The hospital hired fewer nurses this year.", "fewer", "less"),
])
def test_issue_examples_caught_and_corrections_left_alone(linter, bad, good, rule, span):
    assert _found(linter, bad) == [(rule, span)]
    assert _found(linter, good) == []


def test_curly_apostrophes_are_the_same_words(linter):
    assert _found(linter, "The firm defended it\u2019s own record.") == [("its", "it\u2019s")]
    assert _found(linter, "They\u2019re going to appeal.") == []


def test_sample_article_has_no_confusion_alerts(linter):
    text = SAMPLE.read_text(encoding="utf-8")
    assert [i.rule for i in linter.lint(parse(text, str(SAMPLE), None), ONLY)] == []


def test_tagger_runs_only_on_sentences_that_need_it(linter, monkeypatch):
    calls = tagger_calls(monkeypatch)
    text = ("The minister resigned on Monday. Officials met in the capital. "
            "Voters were told to expect results soon. The cuts would effect funding.")
    assert _found(linter, text) == [("affect", "effect")]
    assert len(calls) == 1  # only the window around "effect" was tagged


@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The museum has grown since it's creation in 1950.", "its", "it's"),
    ("The club won it's fourth title in a row.", "its", "it's"),
    ("I think its very beautiful.", "its", "its"),
    ("Its time we acted, she said.", "its", "Its"),
    ("The square was empty when we got their, apart from two guards.", "their", "their"),
    ("Do we want their to be a new alliance?", "their", "their"),
    ("Than she packed her bags and left.", "than", "Than"),
    ("For to long, the town was ignored.", "too", "to"),
    ("Officials found too ants in the kitchen.", "too", "too"),
    ("This is the office were he was questioned.", "were", "were"),
    ("Were did the money go?", "were", "Were"),
    ("The House past the bill on Tuesday.", "past", "past"),
    ("It is unclear, weather you like it or not.", "weather", "weather"),
    ("Sen. Jones lead a petition to the board.", "lead", "lead"),
    ("The plan was lead by the mayor.", "lead", "lead"),
    ("This tax effects the incomes of retirees.", "affect", "effects"),
    ("The families who's relatives are missing met today.", "whose", "who's"),
    ("The robots where built in Estonia.", "were", "where"),
])
def test_context_decided_cases(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "It's time to act.",
    "It's 6:15 on a Sunday evening.",
    "It's people like you who matter.",
    "The deadly effects of the disease are known.",
    "He too should apologise.",
    "The moratorium was extended past July 31.",
    "Who did the prize go to?",
    "Those who lead the party must answer.",
    "The team lead the league by five points.",
    "The museum and its creation myth.",
    "Is there anything left?",
    "Residents there were evacuated.",
    "Cases fell by a fifth, according to WHO's latest report.",
    "The man who's president of the club resigned.",
])
def test_context_decided_correct_copy(linter, text):
    assert _found(linter, text) == []


# Contexts decided by word class and syntax (issue 12, s20): each a principle, not a phrase.
@pytest.mark.parametrize(("text", "rule", "span"), [
    # "were" with no subject is "we're"; "were" after a preposition or before a clause is "where"
    ("Because were short of staff, the clinic closed early.", "were", "were"),
    ("After months of talks, were finally ready to sign.", "were", "were"),
    ("The boat drifted close to were the seals rest.", "were", "were"),
    ("Nobody could find out were the files are.", "were", "were"),
    # a plural noun governed by a preposition is no subject for "were": a clause follows
    ("Otters hunt in bays were the water is shallow and calm.", "were", "were"),
    # "where" after a plural subject with no verb in its clause is "were"
    ("The senators where furious about the delay.", "were", "where"),
    ("Gusts of wind where stronger than forecast.", "were", "where"),
    # contractions before a noun phrase and its verb, or after "be", are possessives
    ("Tell us how you're plan will help.", "your", "you're"),
    ("What is you're view of the deal?", "your", "you're"),
    ("The union sees the board as they're opponent.", "their", "they're"),
    ("Our members say their not giving up.", "their", "their"),
    ("We will call when your at home.", "your", "your"),
    # "then" compares after a comparative in its clause; "than" after "and" + verb is time
    ("The new bridge is far longer and wider then the old one.", "than", "then"),
    ("The council met and than approved the budget.", "than", "than"),
    # "to" before a degree word with "for ... to", after "all/far", before a finite verb
    ("The fees are to high for most families to pay.", "too", "to"),
    ("We know far to little about the virus.", "too", "to"),
    # a bare verb slot takes "lead"; a singular subject before an object takes "led"
    ("Nobody can led the party now.", "lead", "led"),
    ("The mayor lead the city through the floods.", "lead", "lead"),
    # "past" as a clause's verb; "passed" where time or place is meant
    ("They past the motion without a vote.", "past", "past"),
    ("It is well passed time we acted.", "past", "passed"),
    # "sight" as a place; "site" as the verb of quoting
    ("The crash sight was sealed off.", "site", "sight"),
    ("Critics site the ruling as a turning point.", "site", "site"),
    # "weather" before a clause; "affects" in a noun's slot; "effected" with an object
    ("Parents asked about weather the school will reopen.", "weather", "weather"),
    ("The lasting affects of the strike are clear.", "affect", "affects"),
    ("The strike, which effected thousands of commuters, ended.", "affect", "effected"),
    # "advise" after a possessive or preposition; "except" with an object after "that"
    ("The doctor's advise was to rest.", "advice", "advise"),
    ("Firms that except cash will stay open.", "accept", "except"),
    # "peek" as a modifier; "principle" of a loan; "breath" after a verb + "to"
    ("Trains are crowded at peek hours.", "peak", "peek"),
    ("They struggled to breath in the smoke.", "breath", "breath"),
])
def test_context_decided_by_word_class(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "The suspects, both from London, were arrested on Monday.",
    "However, were the court to rule against him, he would appeal.",
    "The firms she said were to blame have apologised.",
    "The results were the best the club has had.",
    "Most of the victims were the children who lived nearby.",
    "The navigator fixed the latitude with a noon sight.",
    "Align the rear sight with the target.",
    "Families in the camps were the first to leave.",
    "Doctors at the clinics were the ones who raised the alarm.",
    "The ferry docked in Dover, where a band played.",
    "Trains will run where possible.",
    "It's high time the council acted.",
    "Their already tenuous finances worsened.",
    "There remain questions to be answered.",
    "The bigger firms then voted against the plan.",
    "What they committed to was a pay rise.",
    "Access to broadband is patchy.",
    "Prices went from bad to worse.",
    "The port has been home to large, often noisy markets.",
    "Weather forecasters expect heavy rain.",
    "Small firms weather the downturn well.",
    "Turning to whether the plan works, she was unsure.",
    "They set their sights on the title.",
    "The rifle sight was damaged.",
    "The council will site the new school near the park.",
    "It was ten past nine when the train left.",
    "In the past, the plant made cars.",
    "To that effect, the board agreed.",
    "Every shop except the bakery closed.",
    "She sought advice from lawyers.",
    "The loan principal was repaid.",
    "She took a peek inside.",
    "He held his breath.",
])
def test_correct_copy_in_those_contexts(linter, text):
    assert _found(linter, text) == []


def test_common_triggers_in_ordinary_copy_are_not_tagged(linter, monkeypatch):
    """ "were", "their", "then", "to", "past", "than" in plain use are settled by the words
    alone: the tagger is asked about no sentence."""
    calls = tagger_calls(monkeypatch)
    text = ("Voters were told to wait. The players and their coach left, then the fans went home. "
            "In the past week, turnout rose.")
    assert _found(linter, text) == []
    assert calls == []


def test_benchmark_injects_only_real_errors():
    """The injected-confusion benchmark swaps "lead" for "led" only where the result is an
    error: a bare verb after "to" or a modal, not a correct past tense, not the noun."""
    bench = _bench()
    text = "She will lead the talks. The senators lead the effort. The lead author spoke. Wooden panels led to delays."
    at = text.index
    assert bench._real_error("lead", "led", text, at("lead the talks"))
    assert not bench._real_error("lead", "led", text, at("lead the effort"))  # "led the effort" is a past tense
    assert not bench._real_error("lead", "led", text, at("lead author"))  # the noun, said "leed"
    assert not bench._real_error("led", "lead", text, at("led to delays"))  # "panels lead to" is a present tense
    assert bench._real_error("its", "it's", "Its rules", 0)


# The word lists are classes of English words, not strings one corpus sentence needed (issue 12,
# s23): sentences of our own, in contexts the corpora never showed the lists.
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Less troops will be deployed next year.", "fewer", "Less"),  # "troops" is counted
    ("Officials sited health concerns for the closure.", "site", "sited"),  # the object's head is cited
    ("The firm sighted security reasons for the delay.", "site", "sighted"),
    ("The minister sited a survey by the charity.", "site", "sited"),
    ("Police sealed off the crime sight.", "site", "sight"),  # a kind of site
    ("Workers cleared the demolition sight on Friday.", "site", "sight"),
    ("Over the passed fortnight, prices rose.", "past", "passed"),  # a span of time
    ("In the passed night, three fires broke out.", "past", "passed"),
    ("The National Whether Service issued a warning.", "weather", "Whether"),  # a name in title case
    ("Farmers are checking whether forecasts hourly.", "weather", "whether"),  # no clause follows
])
def test_word_lists_are_classes(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    # "whether" + a noun that compounds with "weather" is a clause when a verb follows
    "It is unclear whether conditions will improve by spring.",
    "Nobody knows whether warnings were sent to residents.",
    "She asked whether events would go ahead.",
    # "the sight" as the thing seen: after a verb of reaction, before "has", in web copy
    "Visitors gasped at the sight.",
    "The sight has haunted residents ever since.",
    "Rome's historic sights draw millions of visitors every year.",
    "The website lists the city's main sights for users.",
    "Users posted pictures of the sight online.",
    # "site" as a verb of placing, before things that are not cited
    "The council sited a health centre next to the school.",
    "Planners sited a security fence along the border.",
])
def test_word_lists_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize("text", [
    # no word before "were" inside the clause: a closing quotation mark stands between them
    'In the old port, a "Harbour Lights Night Market" were underway with music.',
    '"Plans" were drawn up in May.',
])
def test_a_trigger_after_a_quotation_mark_is_judged_without_failing(text):
    linter = Linter(ONLY)
    linter.lint(parse("A headline\n\n" + text + "\n", "story.txt"))
    assert linter.take_failures() == []


# Syntactic frames (s24): each rule decides a whole frame, not a word list, so each case
# below is one member of a frame and its correct twin stays quiet.
@pytest.mark.parametrize(("text", "rule", "span"), [
    # a possessive slot after a verb or preposition, with the noun phrase's adjectives
    # coordinated, graded by "most", or followed by a word the lists do not know
    ("The mayor praised the crews for there swift and careful work.", "their", "there"),
    ("The ferries waited at the quay on there respective moorings.", "their", "there"),
    ("We welcome you're most generous offer.", "your", "you're"),
    ("The judges praised you're calm and patient manner.", "your", "you're"),
    # "have", "make", "let" and "get" right before a contraction are main verbs with an object
    ("Patients should not have to make they're own way to the clinic.", "their", "they're"),
    ("Tenants had they're rents frozen for a year.", "their", "they're"),
    ("The tide made it's mark on the sea wall.", "its", "it's"),
    ("The coach let you're sister join the squad.", "your", "you're"),
    # "loose" as the verb: after a subject pronoun and an adverb, or between a plural
    # subject and its object
    ("When the rivers freeze, they quickly loose their fish.", "lose", "loose"),
    ("Many small bakeries loose money in the summer.", "lose", "loose"),
    ("Young trees loose more water on windy days.", "lose", "loose"),
    # "were" after "we/they" before "to" + verb (the "be to" future)
    ("If they where to sell the farm, the village would suffer.", "were", "they where"),
    # a relative subject and an adverb: only a verb can follow
    ("The boats, which also where damaged, were towed away.", "were", "where"),
    # "were" before a subject pronoun joined to its verb, or before a pronoun, an adverb in -ly and a verb
    ("This is the farm were they've grown apples for years.", "were", "were"),
    ("He showed us a letter were they plainly admit the fault.", "were", "were"),
    # "too" between a verb's object pronoun and a plain verb
    ("The coach urged them too train harder.", "too", "too"),
    ("Neighbours asked us too keep the noise down.", "too", "too"),
    # "than" after a modal joined to its pronoun, before a verb
    ("Wait a week and you'll than notice the change.", "than", "than"),
    # "its" before a demonstrative, "to" + verb, or an irregular participle ending the clause
    ("Its this narrow bridge that worries drivers.", "its", "Its"),
    ("Its to protect the children, the head teacher said.", "its", "Its"),
    ("By the time the police arrived, its gone.", "its", "its"),
])
def test_syntactic_frames(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "The mayor praised the crews for their swift and careful work.",
    "From there fresh supplies were flown north.",  # "there" ends the phrase: a clause follows
    "Has there been any news from the coast?",
    "Whatever they have they're willing to lend.",
    "Patients should not have to make their own way to the clinic.",
    "The farmers set the goats loose this morning.",
    "The children wore their shirts loose in the heat.",
    "With the horses loose, the lane was closed.",
    "Many small bakeries lose money in the summer.",
    "I can show you where to park.",
    "The museum, which also houses a cafe, opens at nine.",
    "The rumours were they'd split up.",
    "Let him too speak at the meeting.",
    "I heard her too sing that night.",
    "We thank you too for coming.",
    "They paid us too little.",
    "She'd rather walk than drive.",
    "The river has cut its way through the rock.",
    "The city and its people mourned.",
])
def test_syntactic_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


def test_there_after_a_subordinator_is_no_place():
    linter = Linter(ONLY)
    # "whether" and "that" are tagged as prepositions but take a clause: "there" + a noun phrase
    # + a verb is no clause, so the possessive was meant
    assert _found(linter, "Voters will decide whether there children should learn Welsh.") == [("their", "there")]
    assert _found(linter, "Judges ruled that there claim would fail.") == [("their", "there")]


@pytest.mark.parametrize(("text", "rule", "span"), [
    # a past form the tagger reads as a participle is finite when an object pronoun follows
    ("The guest was taken to a room on the top floor were a stern clerk questioned him.", "were", "were"),
    # a present after "you" and an adverb
    ("Look for shops were you only pay once.", "were", "were"),
    # a hyphenated compound is classed by its last part ("petri-dish" a noun)
    ("They grew the spores in a petri-dish were mould can spread.", "were", "were"),
    ("He was sent to a cattle-shed were the calves sleep.", "were", "were"),
    # a second adverb before the participle
    ("The old murals where also carefully restored last year.", "were", "where"),
    # "now that" is a subordinator: no subject stands before "were"
    ("Now that were in spring, the days are longer.", "were", "were"),
    # adjectives joined by "and" under one "more"
    ("It is a more pleasant and friendly town to live in then most places nearby.", "than", "then"),
    # "too" + adjective + a noun the word lists do not know
    ("The marshes are close too vital waystations of migrating geese.", "too", "too"),
    # adjectives joined by "and" inside the noun phrase of a clause
    ("The square were young and old neighbours meet is quiet now.", "were", "were"),
])
def test_more_syntactic_frames(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "The nurses were a great help to him.",
    "The rooms were a mess when the inspectors saw them.",
    "The farm uses wind-powered pumps where possible.",
    "We moved here so that we could be near the sea.",
    "It is a more pleasant and friendly town than most places nearby.",
    "The plan was made, and then the rain came.",
    "The young and old neighbours were told to leave.",
])
def test_more_syntactic_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize("text", [
    # "then" ending its clause, or before "than", is the adverb of time after a comparative
    "Life on the island was very different then.",
    "Fares were much cheaper then, the driver said.",
    "The harbour was no busier then than it is today.",
])
def test_then_of_time_after_a_comparative(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("We've past three bills this week.", "past"),  # "have" joined to its subject
    ("If past, the rule will cut costs.", "past"),  # a conditional passive before its main clause
    ("The reform was past in 1998.", "past"),  # a passive dated by its year
])
def test_past_as_the_verb(linter, text, span):
    assert _found(linter, text) == [("past", span)]


@pytest.mark.parametrize("text", [
    "If past experience is a guide, prices will rise.",
    "If past, present and future are one, time stops.",
    "It was past midnight when they left.",
    "We've past experience in this field.",
    "The crisis was past in a week.",
])
def test_past_as_time_or_preposition(linter, text):
    assert _found(linter, text) == []


# Syntactic frames (s25, copylint/grammar/confusion/frames.py), each a class of contexts
# written from English grammar; sentences of our own, each with its correct twin below.
@pytest.mark.parametrize(("text", "rule", "span"), [
    # a contraction straight after a preposition that takes only a noun phrase
    ("The grant pays for part of they're training costs.", "their", "they're"),
    ("The mayor met with residents during they're annual fair.", "their", "they're"),
    ("The charity relies on donations from it's supporters.", "its", "it's"),
    ("Officers stood outside they're homes all night.", "their", "they're"),
    ("The app stores data in you're browser.", "your", "you're"),
    ("Readers send questions through you're Local News page.", "your", "you're"),
    ("The storm knocked the roof off it's frame.", "its", "it's"),
    ("The loss of it's main rival helped.", "its", "it's"),
    # an apposition: a noun, a comma, a ranking word and a singular noun
    ("Chrome, it's main rival, gained users.", "its", "it's"),
    ("The probe ended its work last month, it's 39th mission.", "its", "it's"),
    ("The firm, they're biggest client, paid late.", "their", "they're"),
    # after "do"
    ("Please do you're homework before the meeting.", "your", "you're"),
    ("The staff did they're best to help.", "their", "they're"),
    # after a noun and "and"/"or", before a noun phrase
    ("The ministry and it's agencies will review the plan.", "its", "it's"),
    ("The company thanked its workers and they're families.", "their", "they're"),
    ("Nurses and they're unions rejected the offer.", "their", "they're"),
    ("The school board and you're teachers deserve thanks.", "your", "you're"),
    # "way" and a word of direction after a verb
    ("The bill now makes it's way to the Senate.", "its", "it's"),
    ("The refugees made they're way across the border.", "their", "they're"),
    ("The river winds it's way through the valley.", "its", "it's"),
    # "were" after a form of "be", before a clause
    ("This is exactly were the two parties agree.", "were", "were"),
    ("The report says this is were the money went.", "were", "were"),
    ("The hearing was were the senator made his case.", "were", "were"),
    # "where" after "there" before a quantity; "where to" + verb in a conditional clause
    ("There where many reasons for the delay.", "were", "where"),
    ("Officials said there where several problems with the vote.", "were", "where"),
    ("If the council where to approve the plan, taxes would rise.", "were", "where"),
    ("Even if the state where to adopt the rules, little would change.", "were", "where"),
    # "where" before a past participle that ends the clause or takes "by", after a subject
    ("Two of the crew where injured.", "were", "where"),
    ("In the end, the files where deleted.", "were", "where"),
    ("Those who where hurt were treated.", "were", "where"),
    ("When fish where plentiful, the birds stayed.", "were", "where"),
    ("The rooms where quiet at night.", "were", "where"),
    # "their" before an indefinite pronoun or a subordinator
    ("Is their anything we can do?", "their", "their"),
    ("He still lived their when the war began.", "their", "their"),
    # "there" after an object-taking verb before a participle and its noun; after "do"
    ("The towns must cover there running costs.", "their", "there"),
    ("The army tested there guided missiles.", "their", "there"),
    ("The players did there best.", "their", "there"),
    ("Everyone should do there part.", "their", "there"),
    # a plural noun of place or situation before "were" and a clause
    ("Scientists mapped the places were the glaciers had retreated.", "were", "were"),
    ("The law covers cases were a tenant is evicted.", "were", "were"),
    ("There are situations were the rules do not apply.", "were", "were"),
    ("Scientists mapped places were coastal ice sheets had melted.", "were", "were"),
    ("The fleet fished in areas were fishing was banned.", "were", "were"),
    ("In situations were there is no data, prices are estimated.", "were", "were"),
    ("The grant funds programs were students learn to code.", "were", "were"),
    ("Doctors work in clinics were patients wait for hours.", "were", "were"),
    ("That's were we differ.", "were", "were"),
    # "were" with no subject after a pronoun and a verb that takes a clause
    ("I think were going to win.", "were", "were"),
    ("We know were not alone.", "were", "were"),
    ("I believe were proud of this.", "were", "were"),
    # "too" before an adverb and a plain verb, before a number, after a verb taking "to"
    ("The bill urges the board too quickly review the case.", "too", "too"),
    ("She asked the court too immediately stop the sale.", "too", "too"),
    ("The term is limited too two years.", "too", "too"),
    ("The ceasefire lasted one too three days at most.", "too", "too"),
    ("We want too make the city safer.", "too", "too"),
    ("They hope too finish the road by spring.", "too", "too"),
    ("The bill lets courts too immediately halt unfair rules.", "too", "too"),
    ("She thanked staff for working too boldly address the crisis.", "too", "too"),
    ("Please do you're part to help.", "your", "you're"),
])
def test_s25_frames(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "The grant pays for part of their training costs.",
    "The charity relies on donations from its supporters.",
    "None of it's happening by chance.",  # "it" is the object of "of", "'s" its clause's verb
    "All of you're invited to the launch.",
    "Part of it's been sold.",
    "Please do your homework before the meeting.",
    "Do you think it's fair?",
    "Whatever you do, it's worth trying.",
    "He ran the shop for years, and it's still open.",
    "The council met, and they're expected to vote today.",
    "The fire spread and it's feared dozens died.",  # "and" joins clauses: a participle follows
    "Sales fell and they're worried about jobs.",
    "The team lost and they're out of the cup.",
    "The teachers are here and they're happy.",
    "The ministry and its agencies will review the plan.",
    "On Saturday, it's first come, first served.",
    "The team, they're first choice, won.",
    "Smith, it's true, left.",
    "She pointed out it's cheaper to rent.",
    "They found out they're moving to Leeds.",
    "I think it's way too late.",
    "The mayor said it's way past time to act.",
    "The bill now makes its way to the Senate.",
    "This is where the two parties agree.",
    "Those were the days when we were young.",
    "There where the river bends, a mill once stood.",
    "If the council were to approve the plan, taxes would rise.",
    "Nobody knew where to turn.",
    "Signs tell drivers where to park.",
    "They had no idea where to go.",
    "The towns were the hardest hit.",
    "Seats are reserved where indicated.",
    "The town where injured soldiers rested was quiet.",
    "The camp where detained migrants are held is closed.",
    "The region where rich families live is small.",
    "They sat where comfortable chairs stood.",
    "He went where safe.",
    "They gave their everything.",
    "Their and our children play together.",
    "Is their plan working?",
    "Police found there stolen goods.",  # "there" the place after a verb of finding
    "They left there running.",
    "Why did there have to be a vote?",
    "Did there used to be a shop here?",
    "We stopped there overnight.",
    "Most cases were minor.",
    "The places were full of tourists.",
    "The areas the storm hit were flooded.",
    "The areas were hit hardest.",
    "The cases were thought to be linked.",
    "Some areas were fishing villages once.",
    "All the places were closed.",
    "The winners were the teams fans picked.",  # a relative clause without "that"
    "The volunteers were people the town trusted.",
    "The worries were prices would rise.",  # a noun that takes a content clause
    "The results were the firm had lost money.",
    "Most victims were children who lived nearby.",
    "The schools were closed as the storm hit.",
    "The games I think were close ended late.",  # a relative clause after a noun
    "The towns that we know were flooded.",
    "Even were the state to act, little would change.",
    "I think we were ready.",
    "Both events were a success, organisers said.",
    "The board moved too quickly, and lost.",
    "It is too early to say.",
    "She was one too many for the panel.",
    "We want too much from them.",
    "They hope too little changes.",
    "He tried too hard to win.",
    "Prices rose too sharply last year.",
    "They acted too quickly to stop it.",
    "The firm grew too quickly market share fell.",
    "We want to make the city safer.",
])
def test_s25_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


def _bench():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "quality" / "confusions.py"
    spec = importlib.util.spec_from_file_location("confusions_bench", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    return bench


def test_benchmark_halves_split_the_articles_and_hide_the_held_out_one():
    """Development and held-out draws come from disjoint halves of the articles (a fixed hash
    of the name), and the held-out half's sentences are never printed."""
    bench = _bench()
    names = [f"news/{n:04d}.txt" for n in range(200)]
    dev = {n for n in names if bench.in_split(n, "dev")}
    held = {n for n in names if bench.in_split(n, "heldout")}
    assert dev.isdisjoint(held) and dev | held == set(names)
    assert 60 < len(dev) < 140  # roughly half each
    assert all(bench.in_split(n, "all") for n in names)
    assert {n for n in names if bench.in_split(n, "dev")} == dev  # the same every run
    with pytest.raises(SystemExit):
        bench.main(["--show", "--split", "heldout", "--corpus", "/nonexistent"])


@pytest.mark.parametrize("text", [
    # a preposition ending a relative clause: "were" is the verb of the noun before the clause
    "The villages the pickers travelled from were poor.",
    "The colleagues she trained with were the fastest in the squad.",
    "The subjects the panel argued about were thorny and costly.",
])
def test_were_after_a_stranded_preposition_is_the_verb(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize("text", [
    "The walkers hurried back to were the bus waits.",
    "Volunteers drove out to were the floods had cut the road.",
])
def test_were_after_a_verb_and_preposition_before_a_clause_is_where(linter, text):
    assert _found(linter, text) == [("were", "were")]


@pytest.mark.parametrize("text", [
    # "it's" as "it is" before a predicate: a bare adjective after "of it's", a ranking idiom
    "Half of it's false, the union said.",
    "Most of it's accurate.",
    "For the crew, it's second nature.",
    "After the upgrade it's first class all the way.",
])
def test_it_is_before_a_predicate_after_of_or_a_ranking_idiom(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(("text", "span"), [
    ("The town lost much of it's former charm.", "it's"),
    ("The band played a set of it's own songs.", "it's"),
    ("The league named it's second choice after the vote.", "it's"),
])
def test_it_is_for_the_possessive_still_caught(linter, text, span):
    assert _found(linter, text) == [("its", span)]


@pytest.mark.parametrize("text", [
    # a quantifier floating after the verb: "were all", "were both", "were each"
    "The rockets were all flight tested to check the fins.",
    "The boats were all hand painted by volunteers.",
    "The rivals were both fined after the final.",
    "The lorries were each road tested before dawn.",
])
def test_were_before_a_floating_quantifier_is_the_verb(linter, text):
    assert _found(linter, text) == []


# s26: frames written from the grammar of English (were_frames, possessive_frames and the
# wider tests in frames/pronouns); every sentence is our own
@pytest.mark.parametrize(("text", "rule", "span"), [
    # "were to" + a verb in a pair of infinitive questions, or governed by a preposition or a question verb
    ("Advice on how to apply and were to send the form is online.", "were", "were"),
    ("When to Apply and Were to Send the Form", "were", "Were"),
    ("Tips on when to call, were to go and what to bring are online.", "were", "were"),
    ("Details on were to vote are online.", "were", "were"),
    ("Voters can check were to vote online.", "were", "were"),
    ("Many families did not know were to turn.", "were", "were"),
    ("She wants to learn were to buy seeds.", "were", "were"),
    # "Were" opening a sentence where only "Where" fits
    ("Were possible, officials will reopen schools.", "were", "Were"),
    ("Were necessary, the council will add buses.", "were", "Were"),
    ("Were there is smoke, there is fire.", "were", "Were"),
    ("Were the village sits, a lake once lay.", "were", "Were"),
    # "were" after "be" or a noun before two joined subjects, or a verb in -s read as a noun
    ("It is the same regardless of were the buyer or the seller lives.", "were", "were"),
    ("This is exactly were both parties and the court agree.", "were", "were"),
    ("Here is were the problem lies.", "were", "were"),
    ("That is were the trouble starts.", "were", "were"),
    ("We need a system were every vote counts.", "were", "were"),
    ("We live in a world were anything can happen.", "were", "were"),
    ("They want a city were everyone feels safe.", "were", "were"),
    # "where" for "were"
    ("Eleven people were hurt, some of whom where treated at the scene.", "were", "where"),
    ("The ministers where to meet on Monday.", "were", "where"),
    ("The two leaders where to sign the pact in Geneva.", "were", "where"),
    ("The results, which they said where accurate, were published.", "were", "where"),
    ("The men who police say where armed fled.", "were", "where"),
    ("Twenty patients where hospitalized and five died.", "were", "where"),
    ("Three houses where flooded in the night.", "were", "where"),
    # "were" with no subject after a sentence's subject and a verb of saying: "we're"
    ("The minister said were ready to act.", "were", "were"),
    ("The ministry has said were close to a deal.", "were", "were"),
    ("The company thinks were going to win.", "were", "were"),
    ("My colleagues know were not finished yet.", "were", "were"),
    # "its" before a predicate adjective; possessives joined by "and"
    ("Its essential that the vote goes ahead.", "its", "Its"),
    ("Its fitting that the prize goes to her.", "its", "Its"),
    ("Its more complicated than it looks.", "its", "Its"),
    ("Its less painful than surgery.", "its", "Its"),
    ("She thinks its funny.", "its", "its"),
    ("The firm said its proud of its staff.", "its", "its"),
    ("The company, its confident, will grow.", "its", "its"),
    ("The tools were their and the workers used them.", "their", "their"),
    ("The mayor blamed you're and the council's staff.", "your", "you're"),
    ("The agency serves they're and our members.", "their", "they're"),
    ("The plan and it's and our costs rose.", "its", "it's"),
    ("They say its obvious now.", "its", "its"),
    ("The survey looked at the technology and it's associated risks.", "its", "it's"),
    # "there where" as the dummy subject; plurals not in -s and collective nouns; irregular participles
    ("Police would not confirm if there where injuries.", "were", "where"),
    ("Sales were higher this spring than there where last year.", "were", "where"),
    ("Officials said that in 2024 there where about 300 applicants.", "were", "where"),
    ("The children where in the garden all day.", "were", "where"),
    ("The whole staff where volunteers.", "were", "where"),
    ("The staff where friendly and kind.", "were", "where"),
    ("The trucks where also searched at the border.", "were", "where"),
    ("The doors where only locked after the theft.", "were", "where"),
    ("Three were saved, but many more where lost at sea.", "were", "where"),
    ("The tickets where ready in minutes.", "were", "where"),
    ("The estimates, which experts thought where nearer the mark, were used.", "were", "where"),
    ("The blazes, which crews said where under control by noon, flared again.", "were", "where"),
    ("Where you aware of the risks?", "were", "Where"),
    ("Where they going?", "were", "Where"),
    ("The flood took our homes. Were devastated.", "were", "Were"),
    # a label of place in an event notice; "neither" opening a clause's subject; a present read as another form
    ("Were: City Hall, 100 Main Street", "were", "Were"),
    ("When: Monday. Were: the town hall.", "were", "Were"),
    ("Talks reached the point were neither side would move.", "were", "were"),
    ("Officials will follow were the evidence leads.", "were", "were"),
    ("That's were you come in.", "were", "were"),
    ("I was born in Ohio, were my family still lives.", "were", "were"),
    ("The town is small and were we now live there is no shop.", "were", "were"),
    ("The bus stops at the square and were they wait it is cold.", "were", "were"),
    ("It is a place were all sides can agree.", "were", "were"),
    ("Its more useful and cheap.", "its", "Its"),
    ("Residents can find out were to get tested.", "were", "were"),
    ("The storm hit the coast, were thousands lost power.", "were", "were"),
    ("We visited the hall were the band played a set.", "were", "were"),
    # "were" with no subject of its own: "we're"
    ("Were not done yet.", "were", "Were"),
    ("Today were announcing new funding.", "were", "were"),
    ("I'm glad were finally here.", "were", "were"),
    ("We are proud were leading the state.", "were", "were"),
    ("This is why were asking for help.", "were", "were"),
    ("Together were stronger.", "were", "were"),
    ("As a nation, were better than this.", "were", "were"),
    ("\u201cWere here to help,\u201d she said.", "were", "Were"),
    ("We know that were on the right track.", "were", "were"),
])
def test_s26_frames(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    # infinitive questions after a clause's own verb may share its subject; "were to" + "be", "blame"
    "They chose when to leave and were to meet at noon.",
    "The people I know were to blame.",
    "The staff they hired were to be paid weekly.",
    "The towns they came from were to shut.",
    "If the council were to approve the plan, taxes would rise.",
    "Advice on how to apply and where to send the form is online.",
    "Voters can check where to vote online.",
    # "Were" opening a question or a conditional
    "Were the men arrested on Friday?",
    "Were the results announced, the markets would react.",
    "Were the figures correct, the deficit would be smaller.",
    "Were there any injuries?",
    "Were there many people at the match?",
    "Were possible changes discussed?",
    # "were" as the verb after a noun or a form of "be"
    "The team were no match for the side that won.",
    "The players were every bit as good as the team they beat.",
    "Both men were each given a fine.",
    "Here is where the problem lies.",
    "The worries were the vote counts.",
    # "where" opening a clause or a question of place
    "The question where to build the plant remains open.",
    "Officials discussed where to hold the vote.",
    "The decision where to put the depot angered residents.",
    "They told us where to go.",
    "The men who police say where the guns were hidden fled.",
    "Help is offered where needed and when asked.",
    "The town where stood a church burned.",
    "Some of whom were treated at the scene went home.",
    # "were" the verb of a noun phrase before a verb of saying
    "What the minister said were lies.",
    "The weapons the agency said were stolen turned up.",
    "The guns police said were used were found.",
    "Those he named were guilty.",
    "All we heard were rumours.",
    "The minister said we were ready to act.",
    # "its" with its noun, "their" shared by two possessives
    "Its more famous neighbour drew the crowds.",
    "Its essential services were cut.",
    "The company proved its worth.",
    "The club gave the coach its full backing.",
    "The firm did its best.",
    "The tower is known for its height and its age.",
    "Their and our children play together.",
    "The museum lost its funding and its director.",
    "The device is valued for its small size.",
    "Its own staff were unhappy.",
    "The law lost its teeth.",
    "Each state sets its own rules, and their and our officials agree.",
    "The firm gave its all.",
    "The party lost its majority and its leader.",
    "They stayed there where jobs were plentiful.",
    "He lived there where the river bends.",
    "The areas where only licensed boats may fish are small.",
    "The club where he played has closed.",
    "The family where she grew up was poor.",
    "The pool, where open water swimming is allowed, is busy.",
    "The shop where ready meals are sold closed.",
    "Where you live matters.",
    "Where we stand now is unclear.",
    "Where he grew up, jobs were scarce.",
    "Where they gather is a secret.",
    "The fire spread and it's feared dozens died.",
    "The plant, which officials said where the leak began, is shut.",
    "They lost and were we to blame?",
    "We asked, and were we told? No.",
    "The rockets were all flight tested.",
    "The teams were all players fans love.",
    "Its more modern and flexible design won.",
    "The firm sold its old and unused.",
    "Were not the men told?",
    "Why were prices so high?",
    "Today were the finals.",
    "I'm sure they were right.",
    "The results were better than this.",
    "Were not all the votes counted?",
    "The reasons were: cost and time.",
    "They were: tired, hungry and cold.",
    "Smith and Jones were neither fined nor charged.",
    "Both were either hurt or missing.",
    "The teams, as usual, were the ones fans love.",  # a relative clause without "that" (an old false alarm)
    "The sides, once again, were the ones critics named.",
    "You're and always will be welcome here.",
    "They said they're and will stay committed.",
])
def test_s26_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(("text", "rule", "span"), [
    # "lead" after a singular subject and a time adverb, or a relative "that"/"which" after a singular noun
    ("The senator today lead a group of ten members to the border.", "lead", "lead"),
    ("Rep. Ortiz (D-Texas) lead more than a dozen mayors to the capital.", "lead", "lead"),
    ("It was a decision that lead to the collapse of the bank.", "lead", "lead"),
    ("It was a policy which lead to higher prices.", "lead", "lead"),
    ("Police said the clue lead them to the house.", "lead", "lead"),
    ("Her work lead to new laws.", "lead", "lead"),
    ("This lead to a sharp rise in prices.", "lead", "lead"),
    # "past" after a personal subject, with or without "just"
    ("The budget we just past funds new roads.", "past", "past"),
    ("They just past the test.", "past", "past"),
    ("We past through the gate at noon.", "past", "past"),
    # "sited by" someone who names things, "sited for" an offence or a merit
    ("The memo was sited by Governor Hale in his speech.", "site", "sited"),
    ("The landlord was sited for negligence.", "site", "sited"),
    ("She was sited for speeding on the highway.", "site", "sited"),
    ("The study was widely sited by experts.", "site", "sited"),
    ("The figures were sited in the report.", "site", "sited"),
    ("The case was sited in a lawsuit filed on Monday.", "site", "sited"),
    ("As sited above, costs rose.", "site", "sited"),
    # "excepted" admitted into something, taken widely, or with an object after a relative pronoun
    ("She was excepted into the nursing program.", "accept", "excepted"),
    ("The theory is now widely excepted.", "accept", "excepted"),
    ("The mayor, who excepted the award, thanked staff.", "accept", "excepted"),
    ("The offer was excepted.", "accept", "excepted"),
    ("Her application was excepted in March.", "accept", "excepted"),
    # a contraction after a subordinator of time before a noun of a life's events, or after "as" and a rank
    ("Since it's founding in 1990, the charity has grown.", "its", "it's"),
    ("After they're merger, the firms cut jobs.", "their", "they're"),
    ("Before it's opening, the museum held a gala.", "its", "it's"),
    ("Since you're arrival, things have changed.", "your", "you're"),
    ("She was named as it's first chief justice.", "its", "it's"),
    ("As it's main rival, Chrome gained users.", "its", "it's"),
    # a question's "is" before its subject: a clause cannot stand there
    ("Is you're business ready for the storm?", "your", "you're"),
    ("Where is you're nearest polling place?", "your", "you're"),
    ("Was they're office open on Sunday?", "their", "they're"),
    ("Where is it's head office?", "its", "it's"),
    # "its" before a word no possessive stands before
    ("Its all about jobs.", "its", "Its"),
    ("Its no secret that the plan failed.", "its", "Its"),
    ("Its unclear who will pay.", "its", "Its"),
    ("Its my honor to welcome you.", "its", "Its"),
    ("Its our duty to help.", "its", "Its"),
    ("Its their choice.", "its", "Its"),
    ("Its one of the best.", "its", "Its"),
    ("Its there.", "its", "Its"),
])
def test_s26_verb_frames(linter, text, rule, span):
    assert _found(linter, text) == [(rule, span)]


@pytest.mark.parametrize("text", [
    "The mistakes that lead to the crash must be fixed.",
    "The firms lead them in sales.",
    "Their children lead them home.",
    "He said that lead to the pipes was cut.",
    "The talks eventually lead to deals.",
    "The mines that lead the market are in Chile.",
    "Officials found that lead in the pipes was high.",
    "The road that will lead to the port opens soon.",
    "The path that leads to the lake is closed.",
    "Are we past the worst of it?",  # a question puts the subject after its verb
    "Were they past the border by then?",
    "Are they just past the bridge?",
    "It is just past the station.",
    "We are just past halfway.",
    "He walked past the house.",
    "The plant was sited by the river.",
    "The new school was sited for easy access.",
    "The camp was sited by the army near the border.",
    "The depot was sited for the convenience of drivers.",
    "The plant was sited in Ohio.",
    "The mast is sited in the valley.",
    "The towers were sited in a field.",
    "The turbines were widely sited across the region.",
    "Small firms are excepted from the rule.",
    "Present company excepted, nobody came.",
    "Small firms are excepted.",
    "Farm vehicles are excepted, officials said.",
    "Children are widely excepted from the ban.",
    "Since it's launched, sales have risen.",
    "As it's only fair, we agreed.",
    "As it's first come, first served, arrive early.",
    "As it's top secret, we cannot say.",
    "As it's first choice, the council picked Leeds.",
    "Since it's time to go, we left.",
    "After it's done, we go home.",
    "The team gave its all.",
    "The team gave its all in the final.",
    "The firm lost its no-claims bonus.",
    "The bird watched its every move.",
    "The hotel lost its one star.",
    "The club lost its one of a kind mascot.",
    "The city is proud of its all-weather pitch.",
    "The truth is you're right.",  # "is" joining a noun to a clause (an old false alarm)
    "The fact is they're young players.",
    "My guess is you're tired.",
    "The problem is they're late again.",
    "Is you're going to the game?",
])
def test_s26_verb_frames_leave_correct_copy_alone(linter, text):
    assert _found(linter, text) == []


# s27: general frames behind four known false alarms, each with its look-alike errors that
# must still be caught
@pytest.mark.parametrize("text", [
    # a participle after the phrase that follows "were", with no object: "were" is the verb
    "The victims were the men shot the day before.",
    "The winners were the teams picked by the panel.",
    "The casualties were soldiers wounded in the ambush.",
    "The suspects were the two men arrested last week.",
    "The first to arrive were the nurses hired in May.",
    # "new" ranks nothing: "it's new" + a noun and a preposition is "it is"
    "As it's new territory for us, we will go slowly.",
    "Since it's new ground for the board, nobody knows.",
    "Because it's new money for the region, mayors are pleased.",
    # elliptical "where" after the object of a verb
    "Paint the walls where cracked.",
    "Replace the tiles where broken.",
    "The crew sanded the floors where damaged.",
    "Crews patched the roads where flooded.",
    # a question put as asked after "the question is"
    "The question is were they told.",
    "The issue is were the rules followed.",
    "The problem was were they ready.",
    "The question's were they warned.",
])
def test_s27_old_false_alarms_fixed_by_frame(linter, text):
    assert _found(linter, text) == []


@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The towns were rebels shot civilians were shelled.", "were", "were"),
    ("This is were they met.", "were", "were"),
    ("The question is were the money went.", "were", "were"),
    ("The firm opened it's new office in May.", "its", "it's"),
    ("The band said it's new album sold well.", "its", "it's"),
    ("Police said the roads where closed.", "were", "where"),
    ("The doors where locked.", "were", "where"),
    ("Two of the crew where injured.", "were", "where"),
])
def test_s27_look_alike_errors_still_caught(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


# s27: "were" before a clause of its own, where only "where" fits
@pytest.mark.parametrize("text", [
    "The court ordered a retrial, were in 2015 she was cleared.",  # a phrase of time, then a clause
    "Leaders met for a summit were on Friday the ministers signed a pact.",
    "The board met in March, were last year it cut the budget.",
    "Tell us were to send the letters.",  # a verb, its object, then a question
    "Officials showed them were to stand.",
    "It is a place were people feel safe.",  # a subject and its present verb
    "The region, were farming is the main trade, is dry.",
    "Were the bridge stands now, a ferry once ran.",
    "We visited a farm were the owner grows rice.",
    "The plant sits on a lot were trucks unload at night.",
    "The school, were pupils learn three languages, is full.",
])
def test_s27_were_before_a_clause_is_where(linter, text):
    assert ("were", "were") in [(r, s.lower()) for r, s in _found(linter, text)]


@pytest.mark.parametrize("text", [
    "The results were in 2015 the best on record.",
    "The staff were in 2019 the best paid in the state.",
    "Prices were in May the lowest they have been.",
    "The talks were on Friday, the minister said.",
    "Smith and Jones were the men who ran the firm.",
    "The team were the side fans loved.",
    "The rest were the players the club signed.",
    "The fears were prices rise.",
    "The goods we sold them were faulty.",
    "The winners were the teams fans picked.",
    "The bills were the first the House passes each year.",
    "The numbers were the highest the state has seen.",
    "The pupils were the class the school praises.",
    "The council's reasons were the costs rise each year.",
    "One of the victims were a nurse who works nearby.",
    "Those killed were the pilot and two passengers.",
])
def test_s27_were_as_the_verb_before_a_phrase(linter, text):
    assert _found(linter, text) == []


# s27: "lead" joined by "and" to a verb in the past, or after a name and its bracketed label
@pytest.mark.parametrize("text", [
    "She served as a clerk and lead the outreach team.",
    "The flood forced evacuations and lead to a settlement.",
    "The storm flooded homes and lead recently to a lawsuit.",
    "He founded the charity in 2001 and lead it for a decade.",
    "The group wrote a report and lead a march.",
    "The council voted and lead the way.",
    "Rep. Smith (D-Ohio) today lead a letter to the agency.",
    "Gov. Ray (R) yesterday lead a tour of the plant.",
    "The letter Rep. Jones lead with ten colleagues was sent.",  # a titled name, then a preposition
    "Sen. Smith lead on the issue for years.",
])
def test_s27_lead_joined_to_a_past_is_led(linter, text):
    assert ("lead", "lead") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "She plans to serve as chair and lead the panel.",
    "He will stay on and lead the team.",
    "They trained staff and lead teachers.",
    "The firms cut costs and lead the market.",
    "Voters want a mayor who listens and can lead the city.",
    "The elected members and lead officers met.",
    "This would strain the city's already stretched budget and lead to cuts.",
    "She was born in Ohio and now lives in Texas.",
    "Sen. Smith and Rep. Jones lead on the issue.",
    "Rep. Jones, lead sponsor of the bill, spoke.",
    "Workers were experiencing wage gains, officials said.",  # (were: a participle right after it)
    "Farmers were facing price rises in the spring.",
])
def test_s27_lead_in_other_frames_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "and/but were" + -ing after a clause whose verb is a present in -s or a present modal
@pytest.mark.parametrize("text", [
    "The town mourns its mayor and were planning a vigil.",
    "We may lose the vote, but were going to fight anyway.",
    "The city will miss him and were all grieving today.",
    "The law takes effect in May, and were now preparing for it.",
    "The firm has grown and were hiring again.",
    "Our office can help, and were taking calls all week.",
])
def test_s27_were_after_a_conjunction_and_a_present_is_we_are(linter, text):
    assert ("were", "were") in [(r, s.lower()) for r, s in _found(linter, text)]


@pytest.mark.parametrize("text", [
    "They were tired and were going home.",
    "The players trained hard but were losing by half time.",
    "They knew the risks but were hoping for the best.",
    "The mayor says the crews were working and were making progress.",
    "Prices rose and were climbing again by June.",
    "The pupils who sat the test and were waiting for results were told to go home.",
])
def test_s27_were_after_a_conjunction_sharing_a_past_subject(linter, text):
    assert _found(linter, text) == []


# s27: "were" after a verb that takes a question, or after a comma that closes a noun phrase,
# before a clause; and the zero relative clause that ends in such a verb
@pytest.mark.parametrize("text", [
    "Nobody knows were the boat went.",
    "He explained were the money came from.",
    "Let me tell you were I stand.",
    "The hearing, were officials testified for hours, ended late.",
    "It was a game were both sides struggled.",
    "The vote, were members backed the plan, was close.",
])
def test_s27_were_after_a_question_verb_or_a_closing_comma(linter, text):
    assert ("were", "were") in [(r, s.lower()) for r, s in _found(linter, text)]


@pytest.mark.parametrize("text", [
    "The men he knew were the best in the unit.",
    "The people they told were the staff who work nights.",
    "The ones we saw were the boats fishermen use.",
    "The ones I found were the papers she lost.",
    "The firms she advised were the ones that failed.",
    "The victims, who were named on Friday, were the men shot in the raid.",
])
def test_s27_were_closing_a_relative_clause_is_the_verb(linter, text):
    assert _found(linter, text) == []


# s27: a contraction where the possessive belongs: after a verb of giving and its person, and
# joined by "and"/"or" to the possessive of the same person
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Send us you're comments by Friday.", "your", "you're"),
    ("Please email me you're questions.", "your", "you're"),
    ("Give us you're best shot.", "your", "you're"),
    ("The firm gave them they're share of the profits.", "their", "they're"),
    ("The city owes them they're wages for May.", "their", "they're"),
    ("We want to hear you're vision and your ideas.", "your", "you're"),
    ("The museum tells it's history and its future.", "its", "it's"),
    ("Fans cheered they're coach and their captain.", "their", "they're"),
    ("The board praised it's staff or its leaders.", "its", "it's"),
    ("Women earn less than they're male colleagues.", "their", "they're"),  # a compared noun phrase
    ("The bill gives them the same rights as they're married neighbours.", "their", "they're"),
])
def test_s27_contraction_where_a_possessive_belongs(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Tell us you're ready.",
    "Show them you're serious.",
    "I told him you're a friend.",
    "You're right and your critics are wrong.",
    "They're late and their bus is gone.",
    "It's time and its cost that matter.",
    "Give them time; they're learning.",
    "Send them word they're safe.",
    "They work harder than they're paid.",
    "They play better than they're ranked.",
    "As they're young players, they need time.",
    "They're friends and their parents know it.",
    "You're family and your needs come first.",
    "They're neighbours and their kids play together.",
    "I know they're friends and their parents agree.",
])
def test_s27_contraction_as_a_clause_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "past" where only the verb "passed" fits
@pytest.mark.parametrize("text", [
    "The comet past between the Sun and Earth.",
    "The convoy past through the town at dawn.",
    "The amendment past and was added to the law.",
    "The motion past and then stalled in committee.",
    "They spoke about the recently past transit law.",
    "The newly past rules take effect in May.",
    "Light dims as the moon past between the sun and us.",
    "The motion past and eventually became law.",
    "She also past $2 million in aid.",
])
def test_s27_past_as_the_verb_by_frame(linter, text):
    assert ("past", "past") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The road past the church is closed.",
    "The years past and the present meet here.",
    "In the recently past decade, prices rose.",
    "He drove past between the trucks.",
    "The week past and the week ahead look busy.",
    "The path past the lake leads into the woods.",
    "Memories of summers past and friends lost.",
    "He is also past 50.",
    "It went past $5 million.",
    "Are they also past $1 million?",
])
def test_s27_past_as_time_or_preposition_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: a contraction after a preposition that is never a subordinator, or a verb's particle
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The funds are for they're Summer Reading Program.", "their", "they're"),
    ("The agency set aside $5 million for it's Clean Water Fund.", "its", "it's"),
    ("The pupils took out they're phones.", "their", "they're"),
    ("The states failed to pay back they're loans.", "their", "they're"),
    ("Thanks for you're Tuesday Night Talks.", "your", "you're"),
    ("He said of it's Prime Minister that he was weak.", "its", "it's"),
    ("Stay in you're home during the storm.", "your", "you're"),
    ("They sheltered in they're home.", "their", "they're"),
])
def test_s27_contraction_after_a_preposition_or_particle(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Once you log in, you're asked for a code.",
    "Hold on, it's not over.",
    "Whatever comes up, they're ready.",
    "The results are in, and they're good.",
    "They spoke about how it's changing.",
    "Come on in; you're welcome here.",
    "Glad you're home.",
    "Go to bed, it's time.",
])
def test_s27_contraction_after_a_particle_with_a_comma_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "sight" for "site" by what follows it
@pytest.mark.parametrize("text", [
    "The sight of the new plant was chosen in May.",
    "The sight will host 200 jobs.",
    "The sight selection process took a year.",
    "A sight manager was hired in June.",
    "This sight was cleaned up in 2010.",
    "The sight could house a new school.",
])
def test_s27_sight_as_a_place_by_what_follows(linter, text):
    assert ("site", "sight") in [(r, s.lower()) for r, s in _found(linter, text)]


@pytest.mark.parametrize("text", [
    "The sight of the flames was captured on film.",
    "The sight people feared most was smoke.",
    "The sight lines from the stand are poor.",
    "The sight was terrible, a witness said.",
    "The sight will stay with me for years.",
    "This sight reading test is hard.",
    "Light enters the sight glass at an angle.",  # a compound of seeing or of an instrument
    "The sight gauge showed the tank was full.",
])
def test_s27_sight_as_seeing_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "were" after a pronoun subject and a verb of saying or thinking is "we're"
@pytest.mark.parametrize("text", [
    "I think were on the right track.",
    "We believe were ready for the storm.",
    "And I know were making progress.",
    "They said were going to win.",
    "She feels were close to a deal.",
    "I am proud that were investing in schools.",  # an adjective of feeling, "that" and its clause
    "We are glad that were finally here.",
    "Were hopeful the Senate will act.",  # a sentence opening with an adjective of feeling
    "Were disappointed by the ruling.",
    "Thanks to this grant, were hiring ten nurses.",  # after a sentence's opening phrase
    "Despite the rain, were going ahead.",
])
def test_s27_were_after_a_pronoun_and_a_verb_of_saying_is_we_are(linter, text):
    assert ("were", "were") in [(r, s.lower()) for r, s in _found(linter, text)]


@pytest.mark.parametrize("text", [
    "The ones I think were lost are found.",
    "The men I said were hurt are fine.",
    "What I think were the causes are clear.",
    "What they said were lies.",
    "I think they were on the right track.",
    "Those glad that they were chosen cheered.",
    "Were they concerned about the costs?",
    "Were the staff worried?",
    "Among the dead were two children.",
    "Across the state, schools were closed.",
])
def test_s27_were_after_a_verb_of_saying_with_its_subject_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: a contraction for the possessive in a headline in title case
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Lawmakers Urge Justice Department to Disclose It's Plans to Act", "its", "It's"),
    ("City Council Approves They're Budget for 2023", "their", "They're"),
    ("Protect You're Family This Winter", "your", "You're"),
    ("Board Delays Vote on It's Rules After Protest", "its", "It's"),
])
def test_s27_possessive_in_a_headline(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "It's Time to Act on Climate",
    "Why It's Hard to Find a Home",
    "The Mayor Says It's Budget Season Again",
    "Here's Why It's Time",
    "What Happens When It's Over",
    "Voters Know It's Election Year",
    "Protect your family this winter, officials say it's flu season.",
])
def test_s27_contraction_in_a_headline_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "to" before a participle after a form of "be": no infinitive, so "too"
@pytest.mark.parametrize("text", [
    "We are not to worried about it.",
    "The hall was to crowded.",
    "Staff are to stretched to cope.",
    "The men were to exhausted to walk.",
    "She felt to tired, she said.",
])
def test_s27_to_before_a_participle_after_be_is_too(linter, text):
    assert ("too", "to") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The plan was to expand the port.",
    "The goal is to frozen food makers.",
    "They were to blame.",
    "He was sent to prison.",
    "The rise is due to increased demand.",
    "Their aim was to broaden the base.",
])
def test_s27_to_after_be_before_a_verb_or_phrase_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "were to" + a verb after a verb that takes a question, in -ing or after its own pronoun subject
@pytest.mark.parametrize("text", [
    "Maps showing were to vote are online.",
    "They knew were to go.",
    "Nobody knew were to turn.",
    "Staff are deciding were to put the beds.",
    "The pupils, knowing were to stand, lined up.",
])
def test_s27_were_to_after_a_question_verb_is_where(linter, text):
    assert ("were", "were") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The men they knew were to go home.",
    "The ones we told were to report at nine.",
    "Those he asked were to leave.",
    "The staff she hired were to start on Monday.",
])
def test_s27_were_to_closing_a_relative_clause_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "your"/"their" opening a clause before a word that is only an adjective or a participle
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Once your signed up, we will call.", "your", "your"),
    ("Once their signed up, they get a card.", "their", "their"),
    ("When your finished with the form, send it.", "your", "your"),
    ("If their interested in the job, they apply.", "their", "their"),
])
def test_s27_possessive_opening_a_clause_before_a_predicate(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Their unemployed.",
    "They cared for their wounded in the field.",
    "Their annual meeting is in May.",
    "Your registered address is on file.",
    "Their elected leaders met.",
    "Once your form is signed, we will call.",
])
def test_s27_possessive_before_an_adjective_and_its_noun_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "Were" before a subject and its present, and "Were:" as a label wherever it stands
@pytest.mark.parametrize("text", [
    "Were We Stand on Health Care",
    "Were They Live Now",
    "Were he lives, there is no bus.",
    "When: Friday at 10 a.m. Were: City Hall.",
])
def test_s27_were_opening_a_clause_or_a_label(linter, text):
    assert ("were", "Were") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Were we told about it?",
    "Were they living there?",
    "Were You Happy?",
    "Were they to win, we would lose.",
    "Were I you, I would go.",
])
def test_s27_were_opening_a_question_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "their" before a verb that the dummy subject "there" takes
@pytest.mark.parametrize("text", [
    "Their remain many questions.",
    "Their continue to be problems.",
    "Their seem to be no answers.",
    "Their appear to be leaks.",
])
def test_s27_their_before_an_existential_verb_is_there(linter, text):
    assert ("their", "Their") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Their remains were found.",
    "We saw their lie about it.",
    "They told their stand.",
    "Their stand on the issue is clear.",
])
def test_s27_their_before_a_noun_left_alone(linter, text):
    assert _found(linter, text) == []


# s27: "who's" before a plural noun and the relative clause's verb is "whose"
@pytest.mark.parametrize("text", [
    "People who's lives changed.",
    "Pupils who's parents work nights get help.",
    "Those who's jobs were cut.",
    "He is a coach who's players love him.",
])
def test_s27_whos_before_a_plural_noun_and_verb_is_whose(linter, text):
    assert ("whose", "who's") in _found(linter, text)


@pytest.mark.parametrize("text", [
    "A nurse who's worked here for years.",
    "The man who's running things is here.",
    "Who's leading the talks?",
    "The one who's been hurt most is the town.",
])
def test_s27_whos_as_who_is_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: a possessive's slot (after a preposition or a verb taking an object) before a noun phrase
# that opens with an adverb of degree, a noun used as a modifier, coordinated modifiers, or a
# noun the tagger reads as an adjective
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The exiles spoke of going back to they're home villages.", "their", "they're"),
    ("Grants help pupils reach they're academic and career goals.", "their", "they're"),
    ("The union closed the meeting by voicing they're concern about pay.", "their", "they're"),
    ("The figures rest on they're more cautious estimates.", "their", "they're"),
    ("The cuts left many families with they're already thin savings.", "their", "they're"),
    ("Fans cheered for you're very talented daughter.", "your", "you're"),
    ("The club sold it's newly built stadium.", "its", "it's"),
    ("Critics mocked they're highly paid advisers.", "their", "they're"),
])
def test_s28_possessive_slot_before_a_modified_noun_phrase(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The exiles said they're home at last.",
    "Ask the pupils whether they're already tired.",
    "We hope they're more cautious next time.",
    "People say they're very talented.",
    "The guides know they're well paid.",
    "Fans cheered for their very talented daughter.",
    "The exiles spoke of going back to their home villages.",
])
def test_s28_contraction_before_an_adverb_and_adjective_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: after a word only a clause may follow ("when", "if", "that", "think"), a possessive
# before a verb in -ing with no finite verb in the rest of the clause is the clause's subject
# and its "be": "they're", "you're", "it's"
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Nobody checks the books when their selling off the stock.", "their", "their"),
    ("Do you think their joking?", "their", "their"),
    ("Tell the staff if your expecting a parcel.", "your", "your"),
    ("When its snowing, the schools close.", "its", "its"),
    ("The mayor said that their rebuilding the bridge.", "their", "their"),
    ("Drive slowly whenever your towing a trailer.", "your", "your"),
    ("Residents cannot vote unless their registering in person.", "their", "their"),
])
def test_s28_possessive_before_ing_where_a_clause_must_follow(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "When their funding runs out, the clinics close.",
    "I know that their leaving was hard.",
    "After their meeting with the mayor, they left.",
    "Since their founding in 1990, the firm has grown.",
    "When their singing ended, the crowd cheered.",
    "He said that their planning had failed.",
    "When their hiking, camping and fishing trips ended, the children went home.",
    "We heard about their singing.",
])
def test_s28_possessive_before_ing_with_its_own_verb_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: "and than" joins a sequence, never a comparison; "no later then" compares
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The engine stalled over the field, and than caught fire.", "than", "than"),
    ("We tested it first as a drawing and than as a model.", "than", "than"),
    ("Read the notes, and than tell us what you think.", "than", "than"),
    ("Prices rose for a month but than eased.", "than", "than"),
    ("Forms are due no later then Friday.", "than", "then"),
    ("The work will start no sooner then next spring.", "than", "then"),
    ("Bids must arrive no earlier then noon.", "than", "then"),
])
def test_s28_than_in_a_sequence_and_then_after_no_later(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The engine stalled over the field, and then caught fire.",
    "We tested it first as a drawing and then as a model.",
    "It was bigger and more costly than the old one.",
    "Forms are due no later than Friday.",
    "They left no later than dusk and then drove home.",
    "It costs more than ten dollars and more than the last one.",
])
def test_s28_then_and_than_used_rightly_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: "past" or "lead" as the only verb a sentence could have
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The committee also past the plan on a voice vote.", "past", "past"),
    ("In June, the assembly past Green's proposal to cut fares.", "past", "past"),
    ("The state legislature finally past a budget for the schools.", "past", "past"),
    ("The head of the regional council lead nine mayors on a tour of the port.", "lead", "lead"),
    ("Jones, a member of the transport panel, lead the group on the visit.", "lead", "lead"),
])
def test_s28_past_or_lead_as_the_sentences_only_verb(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "The committee walked past the plant on its tour.",
    "The road past the school is closed.",
    "Members of the regional council lead the tour of the port.",
    "The mayor and the governor lead the tour of the port.",
    "The team lead the league in scoring this season.",
    "The senators lead a delegation to the border every year.",
    "Budget Past Its Deadline Again",
])
def test_s28_past_or_lead_beside_another_verb_or_a_plural_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: "whose" needs a noun after it: before a verb in -ing or an adjective that ends its
# phrase it is "who's"
@pytest.mark.parametrize("text", [
    "The clerk whose responsible for the files left.",
    "It is unclear whose leading the inquiry.",
    "Whose ready for the vote?",
    "The coach, whose looking for a new club, left.",
    "Nobody knows whose paying for the party.",
])
def test_s28_whose_before_a_predicate_is_whos(linter, text):
    assert [r for r, _ in _found(linter, text)] == ["whose"]


@pytest.mark.parametrize("text", [
    "The firm, whose leading role is clear, agreed.",
    "The woman whose living conditions improved thanked them.",
    "The people whose only hope is aid waited.",
    "The man whose own son died spoke.",
    "A country whose public debt is high.",
    "The girl whose older brother left is here.",
])
def test_s28_whose_before_its_noun_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: a head teacher's title is "principal"; "principal of" + a bare abstract noun is a "principle"
@pytest.mark.parametrize(("text", "span"), [
    ("The school principle resigned.", "principle"),
    ("The assistant principle spoke to parents.", "principle"),
    ("She was named vice principle last year.", "principle"),
    ("They defended the principal of free speech.", "principal"),
    ("It violates the principal of equality.", "principal"),
    ("The principals of fairness apply.", "principals"),
])
def test_s28_principal_title_and_principle_of(linter, text, span):
    assert _found(linter, text) == [("principal", span)]


@pytest.mark.parametrize("text", [
    "The school principle of inclusion is old.",
    "The principal of the school resigned.",
    "She was principal of Lincoln High.",
    "He is principal of three schools.",
    "The principle of free speech is old.",
    "The principal of each school will attend.",
])
def test_s28_principal_and_principle_used_rightly_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: "its" + an adverb of degree + an adjective that "than", "to" or an adverb follows is
# "it's"; a possessive's noun phrase may hold a name as a modifier or end in a noun the tagger
# reads as an adjective
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("Its more crowded than it was last year.", "its", "Its"),
    ("Its far cheaper to rent than to buy.", "its", "Its"),
    ("Its even colder now than at dawn.", "its", "Its"),
    ("Growers want to plan for they're future.", "their", "they're"),
    ("Galleries must hang they're loaned Picasso drawings.", "their", "they're"),
])
def test_s28_its_before_a_degree_adjective_and_names_in_noun_phrases(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Its more recent report was clear.",
    "The city and its far larger neighbour merged.",
    "The firm cut its less profitable lines.",
    "The company lowered its more ambitious targets.",
    "Growers want to plan for their future.",
    "Send them word they're safe.",
])
def test_s28_its_degree_adjective_before_its_noun_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: a modal takes a plain verb or, inverted, its subject, never "it is"/"they are": a noun
# phrase after "modal + it's/they're/you're" is a possessive's; an adjective read as an adverb
# ("overall") still opens a possessive's noun phrase
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("As the city grows, so must it's public transport.", "its", "it's"),
    ("Nor can they're leaders ignore the vote.", "their", "they're"),
    ("Only then will you're voice count.", "your", "you're"),
    ("The board should review it's overall budget.", "its", "it's"),
    ("The club hopes to fulfil they're potential.", "their", "they're"),
])
def test_s28_possessive_after_a_modal_or_before_an_adverb_read_adjective(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "So must they.",
    "Nor can they're going to win.",
    "We will not stop until it's done.",
    "The board should review its overall budget.",
    "Tell them it's safe.",
])
def test_s28_contraction_after_a_modal_clause_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: "accept" after a singular noun phrase opened by "every/each/no", or opening a sentence's
# "Accept for ..." phrase, is "except"; "advice" after an adverb of manner is the verb "advise"
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("The shop is open every day accept Monday.", "accept", "accept"),
    ("Accept for a short delay, the launch went well.", "accept", "Accept"),
    ("Each county accept Kent reported gains.", "accept", "accept"),
    ("We strongly advice against the trip.", "advice", "advice"),
    ("Doctors routinely advice patients to rest.", "advice", "advice"),
])
def test_s28_except_after_every_and_advise_after_an_adverb(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "Accept for publication, the editor said.",
    "Every voter must accept the result.",
    "No one will accept that.",
    "Their timely advice helped.",
    "The shop is open every day except Monday.",
    "We strongly advise against the trip.",
])
def test_s28_accept_and_advice_used_rightly_left_alone(linter, text):
    assert _found(linter, text) == []


# s28: a noun phrase whose verb in -s the tagger read as a plural noun ("locks"), with its
# object after it, is a subject: the contraction before it was meant as the possessive
@pytest.mark.parametrize(("text", "rule", "span"), [
    ("But you're sweeping ban locks them out of the park.", "your", "you're"),
    ("Sadly they're reckless spending costs us dearly.", "their", "they're"),
])
def test_s28_possessive_before_a_subject_whose_verb_reads_as_a_noun(linter, text, rule, span):
    assert (rule, span) in _found(linter, text)


@pytest.mark.parametrize("text", [
    "They're doing work people value.",
    "They're making progress.",
    "You're asking questions nobody answers.",
    "It's estimated thousands fled the city.",
    "It's alleged officials took bribes.",
])
def test_s28_contraction_before_its_own_clause_left_alone(linter, text):
    assert _found(linter, text) == []
