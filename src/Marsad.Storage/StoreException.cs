namespace Marsad.Storage;

/// <summary>A store that cannot be opened or written, with a reason fit to show the user.</summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
