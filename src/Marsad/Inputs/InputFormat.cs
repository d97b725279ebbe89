namespace Marsad.Inputs;

/// <summary>How an input file is laid out. Chosen from the extension, then confirmed by content sniffing.</summary>
public enum InputFormat
{
    /// <summary>A plain-text scrape of a page (.txt).</summary>
    Text,

    /// <summary>An HTML page (.html, .htm).</summary>
    Html,

    /// <summary>One JSON record per line (.jsonl): url, title, published, outlet, and text or html.</summary>
    Jsonl,

    /// <summary>TREC-style pseudo-XML (&lt;DOC&gt;&lt;TITLE&gt;…&lt;TEXT&gt;), as in research news corpora; sniffed from .txt.</summary>
    Trec,
}
