package jp.kikan.center;

/**
 * The process variable holding a process's case number, which a process package declares as a bean: Tasklist shows
 * it as a column of every filter ({@link TaskFilters}, in the beans' {@code @Order}), and the API's answer to a new
 * case names the case in a field of the same name.
 *
 * @param name the variable ({@code reportNumber})
 * @param label the column's heading in Japanese ({@code 通報番号})
 */
public record CaseNumberVariable(String name, String label) {}
