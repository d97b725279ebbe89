namespace Marsad.Entities.Tagging;

/// <summary>A training sentence as weight-row indices per token (token i owns Rows[Offsets[i]..Offsets[i+1]]) and gold labels.</summary>
internal sealed record EncodedSentence(int[] Rows, int[] Offsets, int[] Gold)
{
    public int Count => Gold.Length;
}
