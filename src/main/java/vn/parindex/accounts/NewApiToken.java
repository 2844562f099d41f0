package vn.parindex.accounts;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A token an administrator issues, from the page or the API: for whom, what it is for,
 * what it may do, and the last day it works (at most a year ahead).
 */
public record NewApiToken(@NotNull Long userId, @NotBlank @Size(max = 100) String name,
		@NotEmpty Set<TokenScope> scopes, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {
}
