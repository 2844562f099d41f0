package vn.parindex.survey;

import java.util.Map;

import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The preview of an instrument (xem trước): exactly what a respondent of a chosen group
 * sees, with the answering page's own fragments, without a token; nothing is saved (the
 * form posts nowhere, screens follow links).
 */
@Controller
class InstrumentPreviewController {

	static final String READERS = "hasAnyRole('ADMIN','SECRETARIAT','APPRAISER','COUNCIL_CHAIR')";

	private final InstrumentStore instruments;

	InstrumentPreviewController(InstrumentStore instruments) {
		this.instruments = instruments;
	}

	@GetMapping("/surveys/instruments/{id}/preview")
	@PreAuthorize(READERS)
	String preview(@PathVariable long id, @RequestParam(required = false) String group,
			@RequestParam(name = "q", required = false) Integer screen,
			@RequestParam(required = false, defaultValue = "false") boolean named, Model model) {
		Instrument instrument = instruments.get(id);
		String chosen = instrument.group(String.valueOf(group))
			.map(RespondentGroup::code)
			.orElse(instrument.groups().isEmpty() ? "" : instrument.groups().get(0).code());
		String path = "/surveys/instruments/" + id + "/preview";
		model.addAttribute("instrument", instrument);
		model.addAttribute("group", chosen);
		model.addAttribute("named", named);
		model.addAttribute("screen",
				AnswerScreen.of(null, path, chosen, instrument.layout(), instrument.questionsFor(chosen),
						JsonNodeFactory.instance.objectNode(), screen, named, null, Map.of(), ""));
		return "surveys/answering/preview";
	}

}
