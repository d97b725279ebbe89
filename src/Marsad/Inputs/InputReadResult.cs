using System.Collections.Immutable;

namespace Marsad.Inputs;

/// <summary>
/// What reading one input produced: the decoded input (null when the whole input was refused), the pages in it,
/// errors (the input or a record of it could not be used) and warnings (used, but something was off).
/// </summary>
public sealed record InputReadResult(
    DecodedInput? Input,
    ImmutableArray<RawPage> Pages,
    ImmutableArray<InputError> Errors,
    ImmutableArray<InputError> Warnings)
{
    public static InputReadResult Failed(string path, string reason) =>
        new(null, [], [new InputError(path, reason)], []);
}
