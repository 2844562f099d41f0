package vn.parindex.framework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.parindex.problem.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.http.HttpStatus;

/**
 * An index framework (bộ chỉ số) for one year and one target group. It guards its life
 * cycle: anything may change in a draft, only wording once active, nothing once frozen;
 * and every change must leave a tree that {@link FrameworkValidator} accepts.
 */
@Table("framework_framework")
class Framework {

	@Id
	private Long id;

	@Version
	private int version;

	private String name;

	private int year;

	private String targetGroup;

	private FrameworkStatus status = FrameworkStatus.DRAFT;

	private BigDecimal bonusCap;

	private BigDecimal penaltyCap;

	private boolean roundComputed;

	private Long copiedFromId;

	private final Instant createdAt;

	private Instant updatedAt;

	@MappedCollection(idColumn = "framework_id", keyColumn = "position")
	private List<FrameworkNode> nodes = new ArrayList<>();

	Framework(String name, int year, String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap,
			Instant createdAt) {
		this.name = name;
		this.year = year;
		this.targetGroup = targetGroup;
		this.bonusCap = bonusCap;
		this.penaltyCap = penaltyCap;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	static Framework draft(FrameworkSettings settings, List<FrameworkNode> nodes, Instant now) {
		Framework framework = new Framework(settings.name(), settings.year(), settings.targetGroup(),
				settings.bonusCap(), settings.penaltyCap(), now);
		framework.roundComputed = settings.roundComputed();
		framework.replaceNodes(nodes, now);
		return framework;
	}

	Long id() {
		return id;
	}

	int version() {
		return version;
	}

	FrameworkStatus status() {
		return status;
	}

	Long copiedFromId() {
		return copiedFromId;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	FrameworkSettings settings() {
		return new FrameworkSettings(name, year, targetGroup, bonusCap, penaltyCap, roundComputed);
	}

	FrameworkTree tree() {
		return new FrameworkTree(nodes);
	}

	void rename(FrameworkSettings settings, Instant now) {
		requireStatus(FrameworkStatus.DRAFT);
		FrameworkValidator.checkSettings(settings);
		this.name = settings.name();
		this.year = settings.year();
		this.targetGroup = settings.targetGroup();
		this.bonusCap = settings.bonusCap();
		this.penaltyCap = settings.penaltyCap();
		this.roundComputed = settings.roundComputed();
		this.updatedAt = now;
	}

	/** Replaces the whole tree, e.g. from a workbook; only a draft. */
	void replaceNodes(List<FrameworkNode> newNodes, Instant now) {
		requireStatus(FrameworkStatus.DRAFT);
		FrameworkValidator.check(newNodes);
		this.nodes = canonical(newNodes);
		this.updatedAt = now;
	}

	/**
	 * Changes one node (or adds it when {@code code} is {@code null}). A draft accepts
	 * any change that leaves a valid tree; an active framework only a new name or
	 * guidance.
	 */
	void putNode(String code, FrameworkNode node, Instant now) {
		if (status == FrameworkStatus.ACTIVE && code != null) {
			FrameworkNode current = tree().node(code);
			FrameworkNode incoming = tree().isLeaf(code) ? node : node.asParent();
			if (current.withWording(incoming.name(), incoming.guidance()).equals(incoming)) {
				replace(code, incoming, now);
				return;
			}
		}
		requireStatus(FrameworkStatus.DRAFT);
		if (code == null) {
			List<FrameworkNode> changed = new ArrayList<>(nodes);
			changed.add(insertionIndex(node.parentCode()), node);
			FrameworkValidator.check(changed);
			this.nodes = canonical(changed);
			this.updatedAt = now;
		}
		else {
			replace(code, node, now);
		}
	}

	/** Removes a node and everything under it; only a draft. */
	void removeNode(String code, Instant now) {
		requireStatus(FrameworkStatus.DRAFT);
		List<String> removed = tree().subtreeCodes(code);
		List<FrameworkNode> changed = nodes.stream().filter((node) -> !removed.contains(node.code())).toList();
		FrameworkValidator.check(changed);
		this.nodes = canonical(changed);
		this.updatedAt = now;
	}

	/** Moves a node one place up or down among its siblings; only a draft. */
	void moveNode(String code, int direction, Instant now) {
		requireStatus(FrameworkStatus.DRAFT);
		this.nodes = new ArrayList<>(tree().reordered(code, direction));
		this.updatedAt = now;
	}

	void activate(Instant now) {
		requireStatus(FrameworkStatus.DRAFT);
		this.status = FrameworkStatus.ACTIVE;
		this.updatedAt = now;
	}

	void freeze(Instant now) {
		if (status == FrameworkStatus.FROZEN) {
			throw Refusal.badRequest("framework.error.alreadyFrozen");
		}
		this.status = FrameworkStatus.FROZEN;
		this.updatedAt = now;
	}

	/** A draft for another year with the same tree, remembering where it came from. */
	Framework copyTo(int newYear, String newName, Instant now) {
		FrameworkSettings copy = new FrameworkSettings(newName, newYear, targetGroup, bonusCap, penaltyCap,
				roundComputed);
		FrameworkValidator.checkSettings(copy);
		Framework framework = draft(copy, nodes, now);
		framework.copiedFromId = id;
		return framework;
	}

	private void replace(String code, FrameworkNode node, Instant now) {
		List<FrameworkNode> changed = new ArrayList<>(nodes);
		int index = indexOf(code);
		changed.set(index, node);
		if (!Objects.equals(code, node.code())) {
			changed.replaceAll((child) -> code.equals(child.parentCode()) ? child.withParent(node.code()) : child);
		}
		FrameworkValidator.check(changed);
		this.nodes = canonical(changed);
		this.updatedAt = now;
	}

	/** Parents keep no scoring fields: their maximum is derived and they have no rule. */
	private static List<FrameworkNode> canonical(List<FrameworkNode> nodes) {
		FrameworkTree tree = new FrameworkTree(nodes);
		List<FrameworkNode> result = new ArrayList<>(nodes.size());
		nodes.forEach((node) -> result.add(tree.isLeaf(node.code()) ? node : node.asParent()));
		return result;
	}

	private int indexOf(String code) {
		for (int i = 0; i < nodes.size(); i++) {
			if (nodes.get(i).code().equals(code)) {
				return i;
			}
		}
		throw new Refusal(HttpStatus.NOT_FOUND, "framework.error.unknownNode", code);
	}

	/** After the parent's last descendant, so that the list reads like the tree. */
	private int insertionIndex(String parentCode) {
		if (parentCode == null || tree().find(parentCode).isEmpty()) {
			return nodes.size();
		}
		List<String> subtree = tree().subtreeCodes(parentCode);
		int last = -1;
		for (int i = 0; i < nodes.size(); i++) {
			if (subtree.contains(nodes.get(i).code())) {
				last = i;
			}
		}
		return last + 1;
	}

	private void requireStatus(FrameworkStatus required) {
		if (status != required) {
			throw new Refusal(HttpStatus.CONFLICT, "framework.error.notEditable", status);
		}
	}

}
