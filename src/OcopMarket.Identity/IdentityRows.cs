namespace OcopMarket.Identity;

/// <summary>
/// SQL relations over Identity's documents for other modules' statements (the table names stay Identity's): who may
/// still act, so that what an API key or an admin set up (webhook endpoints) stops when the key is revoked or the user
/// is no longer an admin.
/// </summary>
public static class IdentityRows
{
    private const string ApiKeys = "mt_doc_apikey";
    private const string Users = "mt_doc_user";

    /// <summary>A relation (id) of the API keys not revoked; give it an alias.</summary>
    public static string ActiveApiKeys(DatabaseSchema schema) =>
        $"(select id from {schema.Table(ApiKeys)} where data ->> 'RevokedAt' is null)";

    /// <summary>A relation (id) of the users whose role is Admin; give it an alias.</summary>
    public static string Admins(DatabaseSchema schema) =>
        $"(select id from {schema.Table(Users)} where data ->> 'Role' = 'Admin')";
}
