namespace Marsad.Pipeline;

/// <summary>The typed layers of a <see cref="Documents.Document"/> that stages require and provide.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Numbers = 4,
    Dates = 8,
    Mentions = 16,
    Relations = 32,
    Quotes = 64,
    Events = 128,
}
