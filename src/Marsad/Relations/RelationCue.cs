namespace Marsad.Relations;

/// <summary>
/// One row of data/context/relation-cues.tsv: a word (folded) that states how the entity before it stands to the
/// entity after the preposition that follows it (الموالية لـ، المدعومة من). <see cref="PartOrAligned"/>: part_of when
/// the object is an organisation, aligned_with when it is a state or place (التابعة لـ).
/// </summary>
public sealed record RelationCue(string Word, string Preposition, Documents.RelationPredicate Predicate, bool PartOrAligned);
