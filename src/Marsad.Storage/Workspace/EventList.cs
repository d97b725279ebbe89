namespace Marsad.Storage.Workspace;

/// <summary>A filtered list of events, oldest first, with how many matched before the limit was applied.</summary>
public sealed record EventList(int Total, IReadOnlyList<EventView> Events, IReadOnlyList<EntityRef> ExpandedActors);
