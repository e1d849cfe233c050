using Newsgraph.Entities;

namespace Newsgraph.Training;

/// <summary>A gold sentence: tokens, entities of the learnt kinds, and tokens whose label the corpus leaves unknown (MISC).</summary>
internal sealed record NerSentence(string Corpus, string Document, string[] Tokens, List<TaggedEntity> Entities, bool[] Unknown);
