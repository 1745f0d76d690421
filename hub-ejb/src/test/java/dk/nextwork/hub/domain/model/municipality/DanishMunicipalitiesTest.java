package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.domain.model.municipality.DanishMunicipalities.Entry;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Denmark's 98 municipalities, the ones that can join")
class DanishMunicipalitiesTest {

    @Test
    @DisplayName("there are 98, each with its own three-digit kommunekode and its own slug, listed by kommunekode")
    void all() {
        List<Entry> all = DanishMunicipalities.all();
        assertThat(all).hasSize(98);
        assertThat(all).extracting(Entry::kommunekode).doesNotHaveDuplicates().allMatch(c -> c.matches("[0-9]{3}"));
        assertThat(all).extracting(Entry::kommunekode).isSorted();
        assertThat(all).extracting(Entry::slug).doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9-]+"));
    }

    @ParameterizedTest(name = "{0} is {1}, known to the realm as {2}")
    @DisplayName("the municipalities that run or have run NExTWORK, by Danmarks Statistik's codes, with the slugs the"
            + " realm's municipality groups use")
    @CsvSource({
        "101, København,  koebenhavn",
        "265, Roskilde,   roskilde",
        "326, Kalundborg, kalundborg",
        "540, Sønderborg, soenderborg",
        "615, Horsens,    horsens",
        "630, Vejle,      vejle"
    })
    void networkMunicipalities(String kommunekode, String name, String slug) {
        Entry entry = DanishMunicipalities.byKommunekode(kommunekode).orElseThrow();
        assertThat(entry.name()).isEqualTo(name);
        assertThat(entry.slug()).isEqualTo(slug);
    }

    @ParameterizedTest(name = "[{0}] is no municipality")
    @ValueSource(strings = {"999", "26", "0265"})
    @DisplayName("a code no municipality has finds none")
    void unknownCode(String code) {
        assertThat(DanishMunicipalities.byKommunekode(code)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("a slug is the name in lower case, æ/ø/å as ae/oe/aa, other letters without accents, words joined"
            + " by hyphens")
    @CsvSource({
        "Høje-Taastrup,      hoeje-taastrup",
        "Lyngby-Taarbæk,     lyngby-taarbaek",
        "Ærø,                aeroe",
        "Tårnby,             taarnby",
        "Aabenraa,           aabenraa",
        "Ringkøbing-Skjern,  ringkoebing-skjern",
        "Faaborg-Midtfyn,    faaborg-midtfyn",
        "Læsø,               laesoe",
        "'Nordre Île',       nordre-ile",
        "'  Fanø (øen)  ',   fanoe-oeen"
    })
    void slug(String name, String slug) {
        assertThat(new Entry("000", name).slug()).isEqualTo(slug);
    }
}
