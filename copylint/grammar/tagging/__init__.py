"""Part-of-speech tags, lemmas and chunks for the grammar rules.

The stable API (everything else in this package is internal)::

    from copylint.grammar.tagging import Chunk, Tagged, chunks, tag_sentence, tag_words, sentence_tags

    tagged = tag_sentence(["The", "affect", "of", "the", "cuts", "was", "n't", "clear"])
    tagged[1]            # Tagged(text='affect', tag='NN', upos='NOUN', lemma='affect', start=4, end=10, word=1)
    chunks(tagged)       # [Chunk(kind='NP', start=0, end=2, head=1, number='sg', person=3, ...), ...]

``tag_sentence(tokens)`` takes one sentence as a list of token strings (punctuation as its
own tokens if you have it). Clitics are split the Penn Treebank way before tagging
("it's" -> "it" + "'s", "don't" -> "do" + "n't", "company's" -> "company" + "'s"), so the
result may be longer than the input: each :class:`Tagged` names the input token it came
from (``word``) and its character span (``start``/``end``, counted as if the tokens were
joined by single spaces).

``tag_words(words)`` does the same for a slice of the grammar stream
(``copylint.grammar.stream.Word``), with spans in the segment's text, and adds the
punctuation found between words as tokens of its own (``word`` is -1 for those); the
stream holds no text after a segment's last word, so its closing full stop is not seen.

``sentence_tags(words, i)`` is what rules call: the tags of the sentence holding
``words[i]``, computed on first request and memoised per sentence of the stream, so a
sentence with no trigger word is never tagged. ``tagged_word(words, i)`` gives the part(s)
of ``words[i]`` alone.

Each :class:`Tagged` has ``tag`` (Penn Treebank XPOS: NN, VBD, ...), ``upos`` (Universal
POS: NOUN, AUX, ...) and ``lemma``. ``chunks(tagged)`` groups a tagged sentence into noun
phrases (``kind == "NP"``: ``head`` index, ``number`` "sg"/"pl", ``person`` 1/2/3) and verb
groups (``kind == "VG"``: ``head`` the main verb, ``finite`` the first verb, ``tense``
"present"/"past"/"future"/"modal"/"nonfinite", ``person``/``number`` of a present-tense
finite verb when its form shows it: VBZ is 3rd person singular).

The model (``data/tagger.json.gz``) is an averaged perceptron trained by
``python -m copylint.grammar.tagging.train`` on Universal Dependencies English EWT
(CC BY-SA 4.0; see ``data/SOURCE.md``); it is loaded once per process, on first use. It tags
a sentence in two greedy passes, left to right: the second sees the first pass's tags of the
next two words.
"""

from __future__ import annotations

from copylint.grammar.tagging.chunks import chunks
from copylint.grammar.tagging.results import Chunk, Tagged
from copylint.grammar.tagging.tagger import sentence_tags, tag_sentence, tag_words, tagged_word

__all__ = ["Chunk", "Tagged", "chunks", "sentence_tags", "tag_sentence", "tag_words", "tagged_word"]
