-- Municipalities in Danish order wherever the database sorts them (#27): æ, ø, å after z, and aa read as å (Aabenraa
-- last), as the Hub's DanishOrder sorts in Java. The column's own collation, so every ORDER BY m.name follows it. ICU's
-- Danish where the server has ICU (the embedded one and Debian's do), else the system's Danish locale, else byte
-- order ("C": then the database's order is not Danish, and the Java lists still are).
DO $$
BEGIN
    BEGIN
        CREATE COLLATION danish (provider = icu, locale = 'da-DK');
    EXCEPTION WHEN others THEN
        BEGIN
            CREATE COLLATION danish (provider = libc, locale = 'da_DK.utf8');
        EXCEPTION WHEN others THEN
            CREATE COLLATION danish FROM "C";
        END;
    END;
END
$$;

-- The network version's trigger names the column, so it is set aside while the column changes.
DROP TRIGGER municipality_network_version ON municipality;
ALTER TABLE municipality ALTER COLUMN name TYPE VARCHAR(100) COLLATE danish;
CREATE TRIGGER municipality_network_version
    AFTER INSERT OR UPDATE OF status, name, slug OR DELETE ON municipality
    FOR EACH STATEMENT
EXECUTE FUNCTION hub_raise_network_version();
