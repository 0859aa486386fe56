package org.tutela.core.names;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormaliserTest {
    private final Normaliser chain = Normaliser.standard();

    @Test
    void composesAndFoldsCase() {
        assertThat(chain.normalise("ＭＡＲＫＯ")).isEqualTo("marko");
        assertThat(chain.normalise("STRAßE")).isEqualTo("strasse");
        assertThat(chain.normalise("Е\u0308ЛКИН")).isEqualTo("ёлкин");
    }

    @Test
    void latinLookalikesInsideCyrillicWordsBecomeCyrillic() {
        // Latin i, o, c inside Cyrillic words, as official lists write them
        assertThat(chain.normalise("Сергiй")).isEqualTo("сергій");
        assertThat(chain.normalise("Пoпoв")).isEqualTo("попов");
        assertThat(chain.normalise("Cидоренко")).isEqualTo("сидоренко");
        // and Cyrillic look-alikes inside Latin words become Latin
        assertThat(chain.normalise("Ivаnov")).isEqualTo("ivanov");
    }

    @Test
    void wordsOfOnlyAmbiguousLettersAreLeftAlone() {
        assertThat(chain.normalise("Oko")).isEqualTo("oko");
        assertThat(chain.normalise("Око")).isEqualTo("око");
    }

    @Test
    void punctuationSeparatesOrVanishes() {
        assertThat(chain.normalise("O'Brien")).isEqualTo("obrien");
        assertThat(chain.normalise("Мар'яна")).isEqualTo("маряна");
        assertThat(chain.normalise("J.  R.\tTolkien")).isEqualTo("j r tolkien");
        assertThat(chain.normalise("Rimsky-Korsakov")).isEqualTo("rimsky-korsakov");
        assertThat(chain.normalise("KOVAL, Petro")).isEqualTo("koval , petro");
    }

    @Test
    void filtersCanBeComposedDifferently() {
        Normaliser foldOnly = new Normaliser(java.util.List.of(new NameFilter.CaseFolding()));
        assertThat(foldOnly.normalise("Сергiй O'Neil")).isEqualTo("сергiй o'neil");
    }
}
