namespace Marsad.Documents;

/// <summary>Through what a quoted statement was made.</summary>
public enum QuoteMedium
{
    Unknown,

    /// <summary>A post on X/Twitter or another social network (تغريدة، تدوينة).</summary>
    Tweet,

    /// <summary>A written statement or communiqué (بيان).</summary>
    Statement,

    /// <summary>An interview or remarks to an outlet (قال لـ«…»، مقابلة، حديث صحافي).</summary>
    Interview,

    /// <summary>A letter or memo (رسالة، مذكرة).</summary>
    Letter,

    /// <summary>Television or radio (حديث تلفزيوني، قناة).</summary>
    Broadcast,

    /// <summary>A press conference or speech (مؤتمر صحافي، كلمة، خطاب).</summary>
    Speech,
}
